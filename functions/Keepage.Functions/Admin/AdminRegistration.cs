using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Keepage.Functions.Admin;

public static class AdminRegistration
{
    /// <summary>The admin endpoints answer JSON with enum names (a referral's status reads "scheduled", not 2).</summary>
    public static IHostApplicationBuilder AddAdminEndpoints(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<JsonOptions>(options => options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }
}
