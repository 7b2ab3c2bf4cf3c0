using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Conflicts;

/// <summary>One conflicting field (API.md: <c>{field, base, ours, theirs}</c>); references hold our ids.</summary>
/// <param name="Field">Canonical field name, or a pseudo-field (<see cref="ConflictFields"/>).</param>
/// <param name="Base">The value at the last successful sync (null before the first).</param>
/// <param name="Ours">Our current value.</param>
/// <param name="Theirs">The provider's current value.</param>
public sealed record FieldConflict(string Field, CanonicalValue Base, CanonicalValue Ours, CanonicalValue Theirs);
