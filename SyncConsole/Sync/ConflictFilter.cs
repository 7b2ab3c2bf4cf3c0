namespace SyncConsole.Sync;

/// <summary>Which conflicts to list: by status (<c>open</c> or <c>resolved</c>), entity type and integration; null means any.</summary>
public sealed record ConflictFilter(string? Status = null, string? EntityType = null, string? IntegrationId = null)
{
    public static readonly IReadOnlyList<string> Statuses = ["open", "resolved"];

    public bool TryValidate(Dictionary<string, string[]> errors)
    {
        if (Status is not null && !Statuses.Contains(Status))
        {
            errors["status"] = ["status must be open or resolved."];
        }

        return errors.Count == 0;
    }
}
