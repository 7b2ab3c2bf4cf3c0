using Microsoft.AspNetCore.Components;
using SyncConsole.Security.Embedding;

namespace SyncConsole.Components.Shared;

/// <summary>
/// Links between console pages that stay in the current mode: inside an embedded page (<c>/embed/...</c>) they
/// point to the embedded page, elsewhere to the console page. Every page declares both routes.
/// </summary>
public static class ConsoleLinks
{
    /// <summary>Whether the current page is an embedded one.</summary>
    public static bool IsEmbedded(this NavigationManager navigation)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        return EmbedRoutes.IsEmbedPath(navigation.ToBaseRelativePath(navigation.Uri));
    }

    /// <summary>
    /// A base-relative href for a console page, e.g. <c>ConsoleHref("jobs/42")</c> is <c>jobs/42</c> in the console
    /// and <c>embed/jobs/42</c> in an embedded page. Takes the console path, with or without a leading slash.
    /// </summary>
    public static string ConsoleHref(this NavigationManager navigation, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var relative = path.TrimStart('/');
        if (!navigation.IsEmbedded() || EmbedRoutes.IsEmbedPath(relative))
        {
            return relative;
        }

        return relative.Length == 0 || relative[0] is '?' or '#' ? "embed" + relative : "embed/" + relative;
    }
}
