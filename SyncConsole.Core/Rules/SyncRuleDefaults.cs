using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Rules;

/// <summary>The rules a new connection starts with. Every default resolves conflicts by manual review.</summary>
public static class SyncRuleDefaults
{
    /// <summary>
    /// The default rule of one entity type: enabled, bidirectional, manual review, field merge on, hybrid change
    /// source, deferred. Accounts default to inbound (the chart of accounts belongs to the accounting system) and
    /// poll hourly; everything else polls every 15 minutes.
    /// </summary>
    public static SyncRule For(EntityType entityType) => entityType switch
    {
        EntityType.Account => new SyncRule { EntityType = entityType, Direction = SyncDirection.Inbound, FrequencyMinutes = 60 },
        EntityType.Item or EntityType.Customer or EntityType.Vendor
            or EntityType.Invoice or EntityType.Bill or EntityType.Payment => new SyncRule { EntityType = entityType },
    };

    /// <summary>Default rules for every entity type, in <see cref="EntityTypes.All"/> order.</summary>
    public static IReadOnlyList<SyncRule> All() => EntityTypes.All.Select(For).ToList();
}
