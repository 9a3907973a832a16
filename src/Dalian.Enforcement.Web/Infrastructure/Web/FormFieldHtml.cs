using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Dalian.Enforcement.Web.Infrastructure.Web;

public static class FormFieldHtml
{
    /// <summary>
    /// A labelled input or text area with its hint and its error beside it, linked by aria-describedby
    /// and marked aria-invalid when the model state holds an error for the field.
    /// </summary>
    public static IHtmlContent Field(this IHtmlHelper html, string name, string label, string? value,
        bool multiline = false, string? hint = null, string type = "text")
    {
        // The application's encoder, which keeps Chinese as it is (WebEncoderOptions), not HtmlEncoder.Default.
        var e = html.ViewContext.HttpContext.RequestServices.GetRequiredService<HtmlEncoder>();
        var error = html.ViewData.ModelState[name]?.Errors.FirstOrDefault()?.ErrorMessage;
        var described = string.Join(" ", new[] { hint is null ? null : $"{name}-hint", error is null ? null : $"{name}-error" }.OfType<string>());
        var attributes = $"id=\"{e.Encode(name)}\" name=\"{e.Encode(name)}\" class=\"form-control{(error is null ? "" : " is-invalid")}\""
            + (described.Length > 0 ? $" aria-describedby=\"{described}\"" : "")
            + (error is null ? "" : " aria-invalid=\"true\"");
        var input = multiline
            ? $"<textarea {attributes} rows=\"3\">{e.Encode(value ?? "")}</textarea>"
            : $"<input type=\"{type}\" {attributes} value=\"{e.Encode(value ?? "")}\">";
        return new HtmlString(
            $"<div class=\"mb-3\"><label for=\"{e.Encode(name)}\" class=\"form-label\">{e.Encode(label)}</label>{input}"
            + (hint is null ? "" : $"<div id=\"{name}-hint\" class=\"form-text\">{e.Encode(hint)}</div>")
            + (error is null ? "" : $"<div id=\"{name}-error\" class=\"invalid-feedback d-block\">{e.Encode(error)}</div>")
            + "</div>");
    }

    /// <summary>The error of a field that is not a plain input (a group of radios, a select), to place beside it; empty when none.</summary>
    public static IHtmlContent FieldError(this IHtmlHelper html, string name)
    {
        var e = html.ViewContext.HttpContext.RequestServices.GetRequiredService<HtmlEncoder>();
        return html.ViewData.ModelState[name]?.Errors.FirstOrDefault()?.ErrorMessage is { } error
            ? new HtmlString($"<div id=\"{e.Encode(name)}-error\" class=\"invalid-feedback d-block\">{e.Encode(error)}</div>")
            : HtmlString.Empty;
    }
}
