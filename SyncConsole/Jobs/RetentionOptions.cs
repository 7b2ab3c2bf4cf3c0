namespace SyncConsole.Jobs;

/// <summary>How long housekeeping keeps history. Section <c>Retention</c>.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Sync jobs (with their per-record results) finished longer ago are deleted (1–3650 days). Default 30.</summary>
    public int JobHistoryDays { get; set; } = 30;

    /// <summary>
    /// Rows deleted per statement (sync jobs, expired embed token redemptions), so a large backlog never holds one long
    /// transaction (1–10000). Default 500.
    /// </summary>
    public int BatchSize { get; set; } = 500;
}
