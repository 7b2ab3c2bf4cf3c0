using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Rules;

/// <summary>The sync rule of one entity type of one connection, exactly the API.md rule object.</summary>
public sealed record SyncRule
{
    /// <summary>The entity type ruled.</summary>
    public required EntityType EntityType { get; init; }

    /// <summary>False: the entity type is never read nor written. Default true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Which way records flow. Default bidirectional.</summary>
    public SyncDirection Direction { get; init; } = SyncDirection.Bidirectional;

    /// <summary>Who wins a conflict. Default manual review.</summary>
    public ConflictPolicy MasterIfConflict { get; init; } = ConflictPolicy.Manual;

    /// <summary>True: fields changed on one side only merge; false: the record-level policy decides. Default true.</summary>
    public bool FieldMerge { get; init; } = true;

    /// <summary>Per-field policy (canonical field name → policy) that replaces <see cref="MasterIfConflict"/> for that field.</summary>
    public IReadOnlyDictionary<string, ConflictPolicy> FieldOverrides { get; init; } = new Dictionary<string, ConflictPolicy>();

    /// <summary>How changes are noticed. Default hybrid.</summary>
    public ChangeSource ChangeSource { get; init; } = ChangeSource.Hybrid;

    /// <summary>When noticed changes sync. Default deferred.</summary>
    public SyncTrigger SyncTrigger { get; init; } = SyncTrigger.Deferred;

    /// <summary>Scheduled polling interval in minutes; 0 = never. Default 15.</summary>
    public int FrequencyMinutes { get; init; } = 15;

    /// <summary>True when provider changes may be written to our system.</summary>
    public bool AllowsInbound => Enabled && Direction is SyncDirection.Inbound or SyncDirection.Bidirectional;

    /// <summary>True when our changes may be written to the provider.</summary>
    public bool AllowsOutbound => Enabled && Direction is SyncDirection.Outbound or SyncDirection.Bidirectional;

    /// <summary>The policy for one field: its override, else <see cref="MasterIfConflict"/>.</summary>
    public ConflictPolicy PolicyFor(string field) => FieldOverrides.GetValueOrDefault(field, MasterIfConflict);
}
