namespace SyncConsole.Core.Orchestration;

/// <summary>A progress report of a running job.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Progress">Completed fraction, 0..1 (entity phases done over entity phases planned).</param>
/// <param name="Entities">Counters so far, per entity type.</param>
public sealed record JobProgress(string JobId, double Progress, IReadOnlyList<EntityJobSummary> Entities);
