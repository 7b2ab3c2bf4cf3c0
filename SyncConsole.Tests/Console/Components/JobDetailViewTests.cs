using SyncConsole.Components.Pages.Jobs;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Components;

public sealed class JobDetailViewTests
{
    private static readonly DateTimeOffset Requested = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Render_RunningJob_ShowsItsProgressCountsAndACancelButton()
    {
        var job = Job("running", 0.42) with
        {
            Entities =
            [
                new EntityCounts("customer", "bidirectional", 120, 100, 7, 0, 13, 2, 1),
                new EntityCounts("vendor", "bidirectional", 40, 40, 0, 0, 0, 0, 0),
            ],
        };

        var html = await RenderAsync(job, canOperate: true);

        Assert.Contains("aria-valuenow=\"42\"", html, StringComparison.Ordinal);
        Assert.Contains(">42%<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"cancel-job\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"retry-job\"", html, StringComparison.Ordinal);
        var counts = Between(html, "id=\"entity-counts\"", "</table>");
        Assert.Contains(">customer<", counts, StringComparison.Ordinal);
        Assert.Contains(">120<", counts, StringComparison.Ordinal);
        Assert.Contains(">13<", counts, StringComparison.Ordinal);
        Assert.Contains(">vendor<", counts, StringComparison.Ordinal);
        Assert.DoesNotContain("plan-heading", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_FailedJob_ShowsTheErrorAndARetryButtonButNoCancel()
    {
        var html = await RenderAsync(Job("failed", 0.3) with { Error = "The connection needs to be reauthorized." }, canOperate: true);

        Assert.Contains("The connection needs to be reauthorized.", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"retry-job\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"cancel-job\"", html, StringComparison.Ordinal);
        Assert.Contains("No entity has been processed yet.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_WithoutTheOperatorRole_ShowsNoActions()
    {
        var html = await RenderAsync(Job("running", 0.5), canOperate: false);

        Assert.DoesNotContain("id=\"cancel-job\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"retry-job\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_FinishedDryRun_ShowsThePlanAsATable()
    {
        var job = Job("succeeded", 1) with
        {
            DryRun = true,
            Plan =
            [
                new PlanEntry("customer", null, "58", "inbound", "created", null),
                new PlanEntry("invoice", "inv-7", "130", "outbound", "updated", "total changed"),
            ],
        };

        var html = await RenderAsync(job, canOperate: true);

        Assert.Contains("dry run", html, StringComparison.Ordinal);
        var plan = Between(html, "id=\"dry-run-plan\"", "</table>");
        Assert.Contains(">58<", plan, StringComparison.Ordinal);
        Assert.Contains(">inv-7<", plan, StringComparison.Ordinal);
        Assert.Contains(">total changed<", plan, StringComparison.Ordinal);
        Assert.Contains("aria-valuenow=\"100\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_RunningDryRun_SaysThePlanComesAtTheEnd()
    {
        var html = await RenderAsync(Job("running", 0.1) with { DryRun = true }, canOperate: true);

        Assert.Contains("The plan is ready when the dry run finishes.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"dry-run-plan\"", html, StringComparison.Ordinal);
    }

    private static JobModel Job(string status, double progress) => new(
        "job-1", "quickbooks", "full", [], DryRun: false, status, "manual", progress, [], Plan: null, Error: null, Requested,
        Requested.AddSeconds(2), status is "running" or "queued" ? null : Requested.AddSeconds(20), "demo-user", RetryOf: null);

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return html[from..to];
    }

    private static Task<string> RenderAsync(JobModel job, bool canOperate) =>
        ComponentRenderer.RenderAsync<JobDetailView>(new Dictionary<string, object?>
        {
            [nameof(JobDetailView.Job)] = job,
            [nameof(JobDetailView.CanOperate)] = canOperate,
        });
}
