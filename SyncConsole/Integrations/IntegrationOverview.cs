namespace SyncConsole.Integrations;

/// <summary>One catalog integration with this tenant's connection to it (if any) and its token health.</summary>
public sealed record IntegrationOverview(IOAuthIntegration Integration, ConnectionRow? Connection, TokenHealth? Tokens)
{
    /// <summary>Connected or needing reauthorization: the tenant has a grant to disconnect.</summary>
    public bool HasConnection => Connection is { Status: not ConnectionStatuses.Disconnected };
}
