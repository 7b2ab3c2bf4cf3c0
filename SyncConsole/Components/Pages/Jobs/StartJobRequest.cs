namespace SyncConsole.Components.Pages.Jobs;

/// <summary>What the start dialog asks for: the API's sync job request.</summary>
public sealed class StartJobRequest
{
    public string? IntegrationId { get; set; }

    public string JobType { get; set; } = "incremental";

    public IEnumerable<string> EntityTypes { get; set; } = [];

    public bool DryRun { get; set; }
}
