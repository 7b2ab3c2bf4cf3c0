namespace SyncConsole.DeadLetters;

/// <summary>Wire names of a dead letter's status.</summary>
public static class DeadLetterStatuses
{
    public const string Open = "open";
    public const string Replayed = "replayed";
    public const string Resolved = "resolved";

    public static readonly IReadOnlyList<string> All = [Open, Replayed, Resolved];
}
