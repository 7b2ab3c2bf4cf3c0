namespace SyncConsole.Api;

/// <summary>The REST API. Section <c>Api</c>.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Sustained requests per minute per tenant (per client address when anonymous). Default 1200.</summary>
    public int RequestsPerMinute { get; set; } = 1200;

    /// <summary>Requests a tenant may make at once above the sustained rate. Default 100.</summary>
    public int Burst { get; set; } = 100;
}
