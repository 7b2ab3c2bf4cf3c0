namespace SyncConsole.Core.Ports;

/// <summary>What a provider supports for one entity type.</summary>
/// <param name="CanRead">Records can be read (listed and changes polled).</param>
/// <param name="CanWrite">Records can be created and updated.</param>
/// <param name="DeleteMode">How a record is removed.</param>
/// <param name="MaxBatchSize">Most writes per batch call; 1 means no batching.</param>
public sealed record EntityCapabilities(bool CanRead, bool CanWrite, DeleteMode DeleteMode, int MaxBatchSize);
