using SyncConsole.QuickBooks.Sandbox.Query;

namespace SyncConsole.Tests.QuickBooks.Sandbox;

/// <summary>How the emulator's queries compare values, the same whether parsed once for a sort or per comparison.</summary>
public sealed class SandboxQueryValueTests
{
    [Theory]
    [InlineData("9", "10", -1)]
    [InlineData("10.50", "10.5", 0)]
    [InlineData("2026-01-02T00:00:00-08:00", "2026-01-02T05:00:00+00:00", 1)]
    [InlineData("alpha", "ALPHA", 0)]
    [InlineData("Beta", "alpha", 1)]
    [InlineData("10", "alpha", -1)]
    [InlineData(null, "0", -1)]
    [InlineData(null, null, 0)]
    public void Compare_NumbersDatesAndText_AsQuickBooksOrdersThem(string? left, string? right, int expected)
    {
        Assert.Equal(expected, Math.Sign(SandboxQueryValue.Compare(left, right)));
        Assert.Equal(-expected, Math.Sign(SandboxQueryValue.Compare(SandboxSortKey.Of(right), SandboxSortKey.Of(left))));
    }
}
