namespace SyncConsole.Core.Versioning;

/// <summary>
/// How the orchestrator records a finished sync in a vector. Production always uses
/// <see cref="VersionVector.MarkSynced"/>; the seam exists so tests can inject a deliberately broken update and
/// prove that the convergence properties catch it.
/// </summary>
internal delegate VersionVector SyncMarker(VersionVector vector, long internalVersion, long externalVersion);
