using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Schema;

namespace SyncConsole.SyncJobs;

/// <summary>
/// What one of a connection's polling triggers asks for: an entity sync of <see cref="EntityType"/>, or a reconcile
/// job (no entity).
/// </summary>
public sealed record PolledSync(string ConnectionId, SyncJobType JobType, EntityType? EntityType);
