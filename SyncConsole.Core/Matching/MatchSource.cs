using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Matching;

/// <summary>One side as seen by the matcher.</summary>
/// <param name="Search">
/// Ids of the records satisfying the criteria, or null when the criteria cannot be expressed on this side (e.g. a
/// reference that is not linked yet).
/// </param>
/// <param name="IsLinked">True when the record is already linked to a record of the other side.</param>
/// <param name="FieldsOf">A record's canonical fields (in our ids), or null when it is gone.</param>
public sealed record MatchSource(
    Func<MatchCriteria, CancellationToken, Task<IAsyncEnumerable<string>?>> Search,
    Func<string, CancellationToken, Task<bool>> IsLinked,
    Func<string, CancellationToken, Task<FieldMap?>> FieldsOf);
