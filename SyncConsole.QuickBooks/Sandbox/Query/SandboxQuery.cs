namespace SyncConsole.QuickBooks.Sandbox.Query;

/// <summary>A parsed QuickBooks query: <c>SELECT * | count(*) FROM X [WHERE ...] [ORDERBY ...] [STARTPOSITION n] [MAXRESULTS n]</c>.</summary>
internal sealed record SandboxQuery(
    bool Count,
    SandboxEntity Entity,
    IReadOnlyList<SandboxQueryCondition> Conditions,
    IReadOnlyList<SandboxQueryOrder> OrderBy,
    int StartPosition,
    int MaxResults);
