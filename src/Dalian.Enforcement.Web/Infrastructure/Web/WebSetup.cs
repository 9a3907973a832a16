using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dalian.Enforcement.Web.Infrastructure.Time;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.WebEncoders;

namespace Dalian.Enforcement.Web.Infrastructure.Web;

public static class WebSetup
{
    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LegalClock>();

        services.AddRouting(o => o.LowercaseUrls = true);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false); // no "Server: Kestrel"
        services.AddControllersWithViews(o =>
        {
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            o.Filters.Add(new KnownQueryParametersFilter());
            UseChineseBindingMessages(o.ModelBindingMessageProvider);
        });

        // Feature folders: a feature's controller, forms and views live together (Features/{Feature}).
        services.Configure<RazorViewEngineOptions>(o =>
        {
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/{feature}/{0}" + RazorViewEngine.ViewExtension);
            o.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
            o.ViewLocationExpanders.Add(new FeatureViewLocationExpander());
        });

        // Chinese text stays readable in attributes and JSON instead of becoming &#x...; escapes.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // FluentValidation: client-side adapters only; actions call validators explicitly (docs/adr/0004).
        services.AddFluentValidationClientsideAdapters();
        services.AddValidatorsFromAssemblyContaining<PortalOptions>(includeInternalTypes: true);

        services.AddProblemDetails();
        return services;
    }

    /// <summary>Model binding's own messages (a value that is not a number, an unknown choice) in Chinese.</summary>
    private static void UseChineseBindingMessages(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider m)
    {
        m.SetAttemptedValueIsInvalidAccessor((value, _) => $"“{value}”不是有效的值，请重新选择或填写。");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效的值，请重新选择或填写。");
        m.SetValueIsInvalidAccessor(value => $"“{value}”不是有效的值，请重新选择或填写。");
        m.SetUnknownValueIsInvalidAccessor(_ => "提交的值无效，请重新选择或填写。");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "提交的值无效，请重新选择或填写。");
        m.SetValueMustBeANumberAccessor(_ => "请填写数字。");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "请填写数字。");
        m.SetValueMustNotBeNullAccessor(_ => "该项不能为空。");
        m.SetMissingBindRequiredValueAccessor(_ => "缺少必填的值。");
        m.SetMissingKeyOrValueAccessor(() => "缺少必填的值。");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空。");
    }

    /// <summary>Headers every response carries; the security-hardening issue tightens them further.</summary>
    /// <summary>
    /// HEAD is answered on every GET route (RFC 9110 §9.3.2): the request runs as the GET it stands for, its body is dropped, and the
    /// server sees HEAD again before the response starts, so headers (Content-Type, Content-Length of files) are those of the GET.
    /// </summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next();
                return;
            }

            var body = context.Response.Body;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            try
            {
                await next();
            }
            finally
            {
                context.Request.Method = HttpMethods.Head;
                context.Response.Body = body;
            }
        });

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            await next();
        });
}
