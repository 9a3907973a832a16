using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Dalian.Enforcement.Web.Infrastructure.Web;

/// <summary>
/// Finds a controller's views in its own feature folder, named by its namespace
/// (<c>...Features.Decisions</c> → <c>/Features/Decisions/</c>), whatever the controller is called.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string Key = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns
            && ns.LastIndexOf(".Features.", StringComparison.Ordinal) is var at and >= 0)
        {
            context.Values[Key] = ns[(at + ".Features.".Length)..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(Key, out var feature) && feature is not null
            ? viewLocations.Select(l => l.Replace("{feature}", feature, StringComparison.Ordinal))
            : viewLocations.Where(l => !l.Contains("{feature}", StringComparison.Ordinal));
}
