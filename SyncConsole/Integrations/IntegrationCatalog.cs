using SyncConsole.Core.Schema;

namespace SyncConsole.Integrations;

/// <summary>The integrations this installation offers: every configured <see cref="IOAuthIntegration"/>.</summary>
public sealed class IntegrationCatalog(IEnumerable<IOAuthIntegration> integrations)
{
    private readonly Dictionary<string, IOAuthIntegration> byId = integrations.ToDictionary(i => i.Id, StringComparer.Ordinal);

    public IReadOnlyList<IOAuthIntegration> All => [.. byId.Values.OrderBy(i => i.Name, StringComparer.Ordinal)];

    public IOAuthIntegration? Find(string id) => byId.GetValueOrDefault(id);

    public sealed record Entry(string Id, string Name, string Description, string AuthType, IReadOnlyList<string> EntityTypes);

    public IReadOnlyList<Entry> Describe() =>
        [.. All.Select(i => new Entry(i.Id, i.Name, i.Description, "oauth2", [.. i.EntityTypes.Select(e => e.ToWireName())]))];
}
