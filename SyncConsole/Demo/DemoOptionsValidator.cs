using Microsoft.Extensions.Options;

namespace SyncConsole.Demo;

internal sealed class DemoOptionsValidator : IValidateOptions<DemoOptions>
{
    public ValidateOptionsResult Validate(string? name, DemoOptions options)
    {
        var failures = new List<string>();
        if (options.Enabled && options.TenantId == Guid.Empty)
        {
            failures.Add("Demo:TenantId must be a non-empty GUID when Demo:Enabled is true.");
        }

        if (options.Enabled && string.IsNullOrWhiteSpace(options.TenantName))
        {
            failures.Add("Demo:TenantName must not be empty when Demo:Enabled is true.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
