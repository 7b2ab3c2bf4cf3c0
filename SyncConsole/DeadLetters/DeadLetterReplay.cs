namespace SyncConsole.DeadLetters;

/// <summary>How a replay request ended.</summary>
public enum DeadLetterReplayOutcome
{
    Queued,
    NotFound,
    Refused,
}

/// <summary>A replay's outcome, with the replayed dead letter and its job, or why it was refused.</summary>
public sealed record DeadLetterReplay(DeadLetterReplayOutcome Outcome, DeadLetterView? DeadLetter = null, string? JobId = null, string? Reason = null);
