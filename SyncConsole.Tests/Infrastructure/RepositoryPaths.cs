namespace SyncConsole.Tests.Infrastructure;

/// <summary>Files of the repository the tests use (docs, the OpenID provider script), found from the test output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SyncConsole.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SyncConsole.sln not found above the test output folder.");
    }
}
