using System.Text.Json;
using System.Text.RegularExpressions;
using Radzen;
using SyncConsole.Components.Pages.Conflicts;
using SyncConsole.Sync;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Components;

public sealed class ConflictResolverPanelTests
{
    private static readonly DateTimeOffset Detected = new(2026, 11, 20, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Render_OpenConflict_ShowsBaseOursTheirsPerFieldWithChangesHighlighted()
    {
        var html = await RenderAsync(Open(), canResolve: true);

        var email = Row(html, "email");
        Assert.Contains("old@example.com", Cell(email, "base"), StringComparison.Ordinal);
        Assert.Contains("ours@example.com", Cell(email, "ours"), StringComparison.Ordinal);
        Assert.Contains("theirs@example.com", Cell(email, "theirs"), StringComparison.Ordinal);
        Assert.Contains("field-differs", email, StringComparison.Ordinal);
        Assert.Matches("class=\"value ours changed\"", email);
        Assert.Matches("class=\"value theirs changed\"", email);
        // Only theirs moved the notes: ours is unchanged and not highlighted.
        var notes = Row(html, "notes");
        Assert.Matches("class=\"value ours\"", notes);
        Assert.Matches("class=\"value theirs changed\"", notes);
    }

    [Fact]
    public async Task Render_OpenConflictForFinance_OffersOursTheirsAndATypedCustomInputPerField()
    {
        var html = await RenderAsync(Open(), canResolve: true);

        foreach (var field in new[] { "email", "notes", "active" })
        {
            var row = Row(html, field);
            Assert.Contains($"id=\"choice-{field}-ours\"", row, StringComparison.Ordinal);
            Assert.Contains($"id=\"choice-{field}-theirs\"", row, StringComparison.Ordinal);
            Assert.Contains($"id=\"choice-{field}-custom\"", row, StringComparison.Ordinal);
            Assert.Contains("aria-pressed=\"false\"", row, StringComparison.Ordinal);
        }

        Assert.Contains("data-kind=\"text\"", Row(html, "email"), StringComparison.Ordinal);
        // The schema says active is a bool: a checkbox, prefilled with ours (false).
        Assert.Contains("data-kind=\"boolean\"", Row(html, "active"), StringComparison.Ordinal);
        Assert.Contains("rz-chkbox", Row(html, "active"), StringComparison.Ordinal);
        Assert.Contains("id=\"resolve-conflict\"", html, StringComparison.Ordinal);
        // Nothing chosen yet: resolving is disabled.
        Assert.Matches("<button disabled[^>]*id=\"resolve-conflict\"", html);
    }

    [Fact]
    public async Task Render_InvoiceConflict_UsesANumberInputForAmountsAndADatePickerForDates()
    {
        var conflict = Open() with
        {
            EntityType = "invoice",
            Fields =
            [
                Field("balance", "10.5", "12", "15.25"),
                Field("due_date", "\"2026-11-01\"", "\"2026-11-15\"", "\"2026-12-01\""),
            ],
        };

        var html = await RenderAsync(conflict, canResolve: true);

        Assert.Contains("data-kind=\"number\"", Row(html, "balance"), StringComparison.Ordinal);
        Assert.Contains("rz-numeric", Row(html, "balance"), StringComparison.Ordinal);
        Assert.Contains("data-kind=\"date\"", Row(html, "due_date"), StringComparison.Ordinal);
        Assert.Contains("rz-datepicker", Row(html, "due_date"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ReadOnlyRole_ShowsTheValuesButNoChoiceOrResolveButton()
    {
        var html = await RenderAsync(Open(), canResolve: false);

        Assert.Contains("ours@example.com", html, StringComparison.Ordinal);
        Assert.DoesNotContain("choice-email-ours", html, StringComparison.Ordinal);
        Assert.DoesNotContain("resolve-conflict", html, StringComparison.Ordinal);
        Assert.Contains("Finance role needed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ResolvedConflict_ShowsWhoChoseWhatAndNoButtons()
    {
        var resolved = Open() with
        {
            Status = "resolved",
            ResolvedBy = "jane@finance",
            ResolvedAt = Detected.AddHours(1),
            Choices = new Dictionary<string, JsonElement>
            {
                ["email"] = Json("\"theirs\""),
                ["notes"] = Json("\"ours\""),
                ["active"] = Json("{\"value\": true}"),
            },
        };

        var html = await RenderAsync(resolved, canResolve: true);

        Assert.Contains("jane@finance", html, StringComparison.Ordinal);
        Assert.Contains("resolved, applying", html, StringComparison.Ordinal);
        Assert.Contains(">theirs<", Row(html, "email"), StringComparison.Ordinal);
        Assert.Contains("custom: true", Row(html, "active"), StringComparison.Ordinal);
        Assert.DoesNotContain("resolve-conflict", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ResolverErrors_ShowsFieldAndGeneralMessages()
    {
        var errors = new Dictionary<string, IReadOnlyList<string>>
        {
            ["choices.email"] = ["A choice is required."],
            ["status"] = ["The conflict is already resolved."],
        };

        var html = await RenderAsync(Open(), canResolve: true, errors);

        Assert.Contains("A choice is required.", Row(html, "email"), StringComparison.Ordinal);
        Assert.Contains("The conflict is already resolved.", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
    }

    private static ConflictView Open() => new(
        "c-1", "quickbooks", "customer", "rec-1", "58", "field_values", Detected, "open",
        [
            Field("email", "\"old@example.com\"", "\"ours@example.com\"", "\"theirs@example.com\""),
            Field("notes", "null", "null", "\"VIP\""),
            Field("active", "true", "false", "true"),
        ],
        null, null, null, false);

    private static ConflictFieldView Field(string name, string @base, string ours, string theirs) => new(name, Json(@base), Json(ours), Json(theirs));

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static Task<string> RenderAsync(
        ConflictView conflict, bool canResolve, IReadOnlyDictionary<string, IReadOnlyList<string>>? errors = null) =>
        ComponentRenderer.RenderAsync<ConflictResolverPanel>(
            new Dictionary<string, object?>
            {
                [nameof(ConflictResolverPanel.Conflict)] = conflict,
                [nameof(ConflictResolverPanel.CanResolve)] = canResolve,
                [nameof(ConflictResolverPanel.Errors)] = errors,
            },
            services => services.AddRadzenComponents());

    private static string Row(string html, string field)
    {
        var match = Regex.Match(html, $"<tr[^>]*data-field=\"{field}\"[^>]*>.*?</tr>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no row for {field}");
        return match.Value;
    }

    private static string Cell(string row, string side)
    {
        var match = Regex.Match(row, $"<td class=\"value {side}[^\"]*\"[^>]*>.*?</td>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no {side} cell");
        return match.Value;
    }
}
