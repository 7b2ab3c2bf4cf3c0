namespace SyncConsole.Core.Schema;

/// <summary>
/// Versions of the canonical schema. v1 is the original field table of API.md; v2 adds class tracking to
/// invoice lines (<c>lines[].class_id</c>). Records of an older version are upgraded on read by
/// <see cref="SchemaUpgrader"/>, so stored v1 records and v1 base snapshots keep working.
/// </summary>
public static class SchemaVersions
{
    /// <summary>The original schema.</summary>
    public const int V1 = 1;

    /// <summary>Invoice lines gain <c>class_id</c>.</summary>
    public const int V2 = 2;

    /// <summary>The version every record is upgraded to and written in.</summary>
    public const int Current = V2;
}
