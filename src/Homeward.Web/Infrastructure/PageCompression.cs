using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Homeward.Web.Infrastructure;

/// <summary>
/// Pages are compressed (Brotli, else gzip): on a field office's slow connection the caseload page goes from about
/// 54 KB to under 10 KB. Only HTML: stylesheets and scripts are compressed at build time and cached for a year, and
/// API answers (which carry access tokens) are left alone. The one secret in a page, the antiforgery token, is
/// different in every response, which is what compression-based attacks on HTTPS (BREACH) would need it not to be.
/// </summary>
public static class PageCompression
{
    public static IServiceCollection AddPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["text/html"];
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
