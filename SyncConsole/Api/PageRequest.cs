namespace SyncConsole.Api;

/// <summary>
/// <c>page</c> (1-based, default 1) and <c>page_size</c> (default 50, max 500) from the query string, validated:
/// a bad value is a 400 that names the parameter, never a silent clamp.
/// </summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public int Skip => (Page - 1) * PageSize;

    public static bool TryCreate(int? page, int? pageSize, out PageRequest request, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (p < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors["page_size"] = [$"page_size must be between 1 and {MaxPageSize}."];
        }

        request = new PageRequest(p, size);
        return errors.Count == 0;
    }
}
