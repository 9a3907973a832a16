using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Dalian.Enforcement.Web.Infrastructure.Web;

/// <summary>
/// The JSON API answers a query parameter it does not understand with 400, naming it, instead of silently ignoring it and returning
/// everything (a misspelt <c>agncy=3</c> must not look like "all agencies"). The known names are the action's own query parameters,
/// and the properties of a query object bound from the query string.
/// </summary>
public sealed class KnownQueryParametersFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (!context.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (parameter.BindingInfo?.BindingSource is { } source && source != BindingSource.Query && source != BindingSource.ModelBinding)
            {
                continue;
            }

            if (parameter.ParameterType.IsClass && parameter.ParameterType != typeof(string))
            {
                known.UnionWith(parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name));
            }
            else
            {
                known.Add(parameter.BindingInfo?.BinderModelName ?? parameter.Name);
            }
        }

        var unknown = context.HttpContext.Request.Query.Keys.Where(k => !known.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            var names = string.Join("、", unknown.Take(5).Select(k => k.Length > 40 ? k[..40] : k));
            context.Result = new ObjectResult(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "查询参数无效",
                Detail = $"不支持的查询参数：{names}。支持的参数：{string.Join("、", known.Order(StringComparer.OrdinalIgnoreCase))}。",
            })
            { StatusCode = StatusCodes.Status400BadRequest };
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
