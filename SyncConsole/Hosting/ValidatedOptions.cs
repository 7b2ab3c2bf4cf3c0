using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SyncConsole.Hosting;

/// <summary>
/// Binds an options section, validates it at start-up (ValidateOnStart) and also returns the validated value at
/// once for the few settings that shape service registration (the database provider, demo mode).
/// </summary>
internal static class ValidatedOptions
{
    public static TOptions AddValidatedOptions<TOptions, TValidator>(
        this IHostApplicationBuilder builder, string sectionName, Action<TOptions, IConfiguration>? complete = null)
        where TOptions : class, new()
        where TValidator : class, IValidateOptions<TOptions>, new()
    {
        ArgumentNullException.ThrowIfNull(builder);
        var optionsBuilder = builder.Services.AddOptions<TOptions>().BindConfiguration(sectionName);
        if (complete is not null)
        {
            optionsBuilder.Configure<IConfiguration>((options, configuration) => complete(options, configuration));
        }

        optionsBuilder.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());

        var value = new TOptions();
        try
        {
            builder.Configuration.GetSection(sectionName).Bind(value);
        }
        catch (InvalidOperationException ex)
        {
            // The binder's message names the key and the bad value ("... 'x' at 'Database:Provider' ...").
            throw new OptionsValidationException(sectionName, typeof(TOptions), [ex.Message]);
        }

        complete?.Invoke(value, builder.Configuration);
        var result = new TValidator().Validate(Options.DefaultName, value);
        if (result.Failed)
        {
            throw new OptionsValidationException(sectionName, typeof(TOptions), result.Failures);
        }

        return value;
    }
}
