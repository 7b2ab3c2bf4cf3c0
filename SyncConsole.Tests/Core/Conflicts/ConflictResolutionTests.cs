using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Conflicts;

public class ConflictResolutionTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly ConflictRecord Conflict = new()
    {
        Id = "c1",
        ConnectionId = "conn",
        EntityType = EntityType.Customer,
        StateId = "s1",
        Kind = ConflictKind.FieldValues,
        DetectedAt = At,
        Fields =
        [
            new FieldConflict("email", CanonicalValue.From("b"), CanonicalValue.From("o"), CanonicalValue.From("t")),
            new FieldConflict("phone", CanonicalValue.From("1"), CanonicalValue.From("2"), CanonicalValue.From("3")),
        ],
    };

    [Fact]
    public void Resolve_EveryFieldChosen_ReturnsResolvedConflict()
    {
        var choices = new Dictionary<string, ConflictChoice>
        {
            ["email"] = ConflictChoice.Theirs,
            ["phone"] = ConflictChoice.Explicit(CanonicalValue.From("4")),
        };

        var (resolved, errors) = ConflictResolution.Resolve(Conflict, choices, "finance@acme.test", At);

        Assert.Empty(errors);
        Assert.Equal(ConflictStatus.Resolved, resolved!.Status);
        Assert.Equal("finance@acme.test", resolved.ResolvedBy);
        Assert.False(resolved.Applied);
    }

    [Fact]
    public void Resolve_MissingAndUnknownChoices_ReportsEachField()
    {
        var choices = new Dictionary<string, ConflictChoice> { ["email"] = ConflictChoice.Ours, ["notes"] = ConflictChoice.Ours };

        var (resolved, errors) = ConflictResolution.Resolve(Conflict, choices, "me", At);

        Assert.Null(resolved);
        Assert.Equal(["choices.notes", "choices.phone"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_AlreadyResolved_IsRejected()
    {
        var choices = new Dictionary<string, ConflictChoice> { ["email"] = ConflictChoice.Ours, ["phone"] = ConflictChoice.Ours };

        var (_, errors) = ConflictResolution.Resolve(Conflict with { Status = ConflictStatus.Resolved }, choices, "me", At);

        Assert.Equal(["status"], errors.Keys);
    }

    [Fact]
    public void Resolve_ExplicitChoiceWithoutValue_IsRejected()
    {
        var choices = new Dictionary<string, ConflictChoice>
        {
            ["email"] = new(ChoiceKind.Value, null),
            ["phone"] = ConflictChoice.Ours,
        };

        Assert.Equal(["choices.email"], ConflictResolution.Resolve(Conflict, choices, "me", At).Errors.Keys);
    }

    [Theory]
    [InlineData(ChoiceKind.Ours, "o")]
    [InlineData(ChoiceKind.Theirs, "t")]
    [InlineData(ChoiceKind.Value, "v")]
    public void ChosenValue_EveryKind_PicksItsValue(ChoiceKind kind, string expected)
    {
        var choice = new ConflictChoice(kind, kind == ChoiceKind.Value ? CanonicalValue.From("v") : null);

        Assert.Equal(CanonicalValue.From(expected), ConflictResolution.ChosenValue(choice, CanonicalValue.From("o"), CanonicalValue.From("t")));
    }
}
