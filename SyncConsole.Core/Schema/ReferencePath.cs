namespace SyncConsole.Core.Schema;

/// <summary>
/// Where a record refers to another entity by id: a top-level field (<c>customer_id</c>) or a property of each
/// element of a list field (<c>lines[].item_id</c>). Canonical records hold our ids there; provider mappers see
/// provider ids, translated by the orchestrator.
/// </summary>
/// <param name="Field">The top-level field.</param>
/// <param name="ElementProperty">The property inside each list element, or null for a top-level reference.</param>
/// <param name="Target">The referenced entity type.</param>
public sealed record ReferencePath(string Field, string? ElementProperty, EntityType Target)
{
    /// <summary>The path as written in messages, e.g. <c>lines[].item_id</c>.</summary>
    public override string ToString() => ElementProperty is null ? Field : $"{Field}[].{ElementProperty}";
}
