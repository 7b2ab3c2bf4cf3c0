namespace SyncConsole.Core.Conflicts;

/// <summary>One side of a sync.</summary>
public enum MergeSide
{
    /// <summary>Our system (the application).</summary>
    Ours = 1,

    /// <summary>The provider (the accounting system).</summary>
    Theirs,
}
