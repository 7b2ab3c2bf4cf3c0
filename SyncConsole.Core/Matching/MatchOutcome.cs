namespace SyncConsole.Core.Matching;

/// <summary>The outcome of matching one record.</summary>
/// <param name="Kind">None, unique or ambiguous.</param>
/// <param name="CandidateIds">The unlinked candidates' ids (one when unique).</param>
/// <param name="Key">The key that decided, or null when none matched.</param>
public sealed record MatchOutcome(MatchKind Kind, IReadOnlyList<string> CandidateIds, MatchKey? Key)
{
    /// <summary>No candidate.</summary>
    public static MatchOutcome NoMatch { get; } = new(MatchKind.None, [], null);
}
