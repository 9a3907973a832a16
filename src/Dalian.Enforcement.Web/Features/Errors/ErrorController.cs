using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Dalian.Enforcement.Web.Features.Errors;

/// <summary>Chinese error pages (problem details under /api/); never a stack trace. The exception itself goes to the log.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken] // a failed POST re-executes here: the error page must not fail a second time
[Route("error")]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("")]
    public IActionResult ServerError()
    {
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not { } failure)
        {
            return Show(StatusCodes.Status404NotFound); // visited directly, nothing failed
        }

        logger.LogError(failure.Error, "Unhandled error on {Path}", failure.Path);
        return Show(StatusCodes.Status500InternalServerError);
    }

    [Route("{code:int}")]
    public IActionResult Status(int code) => Show(code is >= 400 and < 600 ? code : StatusCodes.Status404NotFound);

    private IActionResult Show(int code)
    {
        Response.StatusCode = code;
        var path = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        var (title, text) = code switch
        {
            404 => ("页面不存在", "您访问的页面不存在或已被移除。请检查网址，或从首页重新查找。"),
            403 => ("无权访问", "您没有访问该页面的权限。"),
            400 => ("请求有误", "提交的内容无法识别，请返回后检查填写的内容。"),
            405 => ("请求方式不支持", "该页面不支持这种访问方式，请从页面上的链接或按钮进入。"),
            410 => ("信息已撤下", "该信息已依法撤下，不再公开。"),
            413 => ("提交的内容过大", "提交的内容超过了允许的大小，请缩小后重试。"),
            429 => ("请求过于频繁", "您在短时间内的请求次数过多，请稍后再试。"),
            >= 500 => ("系统暂时无法处理您的请求", "服务器出现问题，我们已记录该错误。请稍后再试。"),
            _ => ("请求未能完成", "请返回上一页后重试。"),
        };
        // The JSON API answers in JSON (RFC 9457 problem details), in Chinese like the pages.
        return path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)
            ? Problem(detail: text, statusCode: code, title: title)
            : View("Error", new ErrorPage(code, title, text));
    }
}

public sealed record ErrorPage(int Code, string Title, string Text);
