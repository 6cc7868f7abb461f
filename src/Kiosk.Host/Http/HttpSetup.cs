namespace Kiosk.Host.Http;

/// <summary>The HTTP plumbing every feature's endpoints share.</summary>
public static class HttpSetup
{
    public static IServiceCollection AddHttpApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        return services;
    }
}
