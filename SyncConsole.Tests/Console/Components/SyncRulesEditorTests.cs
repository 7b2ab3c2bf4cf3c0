using System.Text.RegularExpressions;
using SyncConsole.Components.Pages.Integrations;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Components;

public sealed partial class SyncRulesEditorTests
{
    [Fact]
    public async Task Render_DefaultRules_ShowsOneSectionPerEntityWithItsValues()
    {
        var html = await RenderAsync(Drafts());

        foreach (var type in EntityTypes.All)
        {
            Assert.Contains($"data-entity=\"{type.ToWireName()}\"", html, StringComparison.Ordinal);
        }

        // Accounts default to inbound and hourly polling; the others to both ways every 15 minutes.
        Assert.Contains(Selected("Inbound (provider &#x2192; us)"), Section(html, "account"), StringComparison.Ordinal);
        Assert.Contains("value=\"60\"", Section(html, "account"), StringComparison.Ordinal);
        Assert.Contains(Selected("Both ways"), Section(html, "customer"), StringComparison.Ordinal);
        Assert.Contains(Selected("Manual review"), Section(html, "customer"), StringComparison.Ordinal);
        Assert.Contains("value=\"15\"", Section(html, "customer"), StringComparison.Ordinal);
        Assert.Contains("id=\"save-rules\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"alert\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ValidatorErrors_ShowEachUnderItsFieldInItsEntityOnly()
    {
        var drafts = Drafts();
        var customer = IndexOf(drafts, EntityType.Customer);
        var errors = SyncRuleValidator.Validate(
            [.. drafts.Select((d, i) => i == customer ? d.ToInput() with { FrequencyMinutes = 99999 } : d.ToInput())]).Errors;

        var html = await RenderAsync(drafts, errors);

        var section = Section(html, "customer");
        Assert.Contains("The frequency must be between 0 (never) and 43200 minutes; got 99999.", section, StringComparison.Ordinal);
        Assert.Contains($"id=\"rule-{customer}-frequency_minutes-error\"", section, StringComparison.Ordinal);
        Assert.Contains($"aria-describedby=\"rule-{customer}-frequency_minutes-error\"", section, StringComparison.Ordinal);
        Assert.Contains("1 problem(s)", section, StringComparison.Ordinal);
        Assert.DoesNotContain("The frequency must be", Section(html, "vendor"), StringComparison.Ordinal);
        Assert.Contains("Nothing was saved: 1 problem(s) below.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_OverrideErrorAndOverrides_ShowsThePickedFieldAndTheMessage()
    {
        var drafts = Drafts();
        var vendor = drafts[IndexOf(drafts, EntityType.Vendor)];
        vendor.FieldMerge = false;
        vendor.FieldOverrides.Add(new FieldOverrideDraft { Field = "email", Policy = "our_system" });
        var errors = SyncRuleValidator.Validate([.. drafts.Select(d => d.ToInput())]).Errors;

        var html = await RenderAsync(drafts, errors);

        var section = Section(html, "vendor");
        Assert.Contains("Field overrides apply only when field_merge is true", section, StringComparison.Ordinal);
        Assert.Contains(Selected("email"), section, StringComparison.Ordinal);
        Assert.Contains(Selected("Our system wins"), section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ReadOnly_HasNoSaveButtonAndEveryInputIsDisabled()
    {
        var html = await RenderAsync(Drafts(), readOnly: true);

        Assert.DoesNotContain("save-rules", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Add override", html, StringComparison.Ordinal);
        var numeric = NumericInput().Matches(html);
        Assert.Equal(EntityTypes.All.Count, numeric.Count);
        Assert.All(numeric, m => Assert.Contains("disabled", m.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_Controls_PointAtTheirVisibleLabelFromTheElementThatTakesFocus()
    {
        var html = await RenderAsync(Drafts());

        var account = Section(html, "account");
        Assert.Contains("<label for=\"rule-0-direction\" class=\"rz-label\" id=\"rule-0-direction-label\">Direction</label>", account, StringComparison.Ordinal);
        // The drop-down's focusable root (role=combobox) is named by the label, whatever aria-label Radzen gives it.
        Assert.Matches("<div[^>]*aria-labelledby=\"rule-0-direction-label\"[^>]*role=\"combobox\"|<div[^>]*role=\"combobox\"[^>]*aria-labelledby=\"rule-0-direction-label\"", account);
        // The number's focusable element is its inner input, which no longer falls back to aria-label = its Name.
        var numeric = Assert.Single(NumericInput().Matches(account)).Value;
        Assert.Contains("aria-labelledby=\"rule-0-frequency_minutes-label\"", numeric, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=", numeric, StringComparison.Ordinal);
    }

    // A drop-down's shown (selected) text; every option is also in the markup, in the closed popup.
    private static string Selected(string text) => $"rz-dropdown-label rz-inputtext\">{text}</span>";

    private static List<RuleDraft> Drafts() => [.. SyncRuleDefaults.All().Select(RuleDraft.From)];

    private static int IndexOf(List<RuleDraft> drafts, EntityType type) => drafts.FindIndex(d => d.EntityType == type);

    // The markup of one entity's section, so assertions cannot be satisfied by another entity.
    private static string Section(string html, string entity)
    {
        var start = html.IndexOf($"data-entity=\"{entity}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section for {entity}");
        var end = html.IndexOf("<section", start, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }

    private static Task<string> RenderAsync(
        IReadOnlyList<RuleDraft> drafts, IReadOnlyDictionary<string, IReadOnlyList<string>>? errors = null, bool readOnly = false) =>
        ComponentRenderer.RenderAsync<SyncRulesEditor>(new Dictionary<string, object?>
        {
            [nameof(SyncRulesEditor.Rules)] = drafts,
            [nameof(SyncRulesEditor.Errors)] = errors ?? new Dictionary<string, IReadOnlyList<string>>(),
            [nameof(SyncRulesEditor.ReadOnly)] = readOnly,
        });

    [GeneratedRegex("<input[^>]*name=\"rule-\\d+-frequency_minutes\"[^>]*>")]
    private static partial Regex NumericInput();
}
