using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Orchestration;

/// <summary>A record removed on one side: who removed it, both sides, and the surviving side's fields.</summary>
internal sealed record Removal(
    MergeSide Deleter,
    InternalRecord? Ours,
    ExternalRecord Theirs,
    FieldMap SurvivorFields,
    IReadOnlyList<FieldResolution> Resolutions);
