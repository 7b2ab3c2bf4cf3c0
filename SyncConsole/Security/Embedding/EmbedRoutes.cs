namespace SyncConsole.Security.Embedding;

/// <summary>The <c>/embed</c> prefix under which every console page also renders, without the console's chrome.</summary>
public static class EmbedRoutes
{
    public const string Prefix = "/embed";

    /// <summary>Whether an app-relative path (with or without the leading slash) is an embedded page.</summary>
    public static bool IsEmbedPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = path.TrimStart('/');
        return trimmed.Equals("embed", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("embed/", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("embed?", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("embed#", StringComparison.OrdinalIgnoreCase);
    }
}
