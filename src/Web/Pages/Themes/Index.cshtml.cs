using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Analysis.Jobs;
using VoiceHub.Analysis.Themes;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Themes;

/// <summary>
/// The Model page: how right the active theme model is (per theme, out of fold on the labelled data), the history of
/// models and why each was or was not made active. Staff ask for a retrain; admins make an earlier model active.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ThemeModelStore models, ClassificationStore classifications, AuditStore audit, IBackgroundJobClient jobs) : PageModel
{
    public ThemeModelInfo? Active { get; private set; }
    public ModelEvaluation? Evaluation { get; private set; }
    public IReadOnlyList<ThemeModelInfo> History { get; private set; } = [];
    public ThemeModelInfo? Training { get; private set; }
    public long Pending { get; private set; }

    /// <summary>Active theme → staff examples now (what the next training learns from beside the labelled data).</summary>
    public IReadOnlyDictionary<string, long> StaffExamples { get; private set; } = new Dictionary<string, long>();
    /// <summary>Theme → how many examples the active model learned it from (from the model itself; empty for a model before format 4).</summary>
    public IReadOnlyDictionary<string, int> LearnedFrom { get; private set; } = new Dictionary<string, int>();

    /// <summary>The themes the active model learned from a few examples, by meaning (and words) alone.</summary>
    public IReadOnlySet<string> FewShot { get; private set; } = new HashSet<string>();

    /// <summary>A theme with fewer examples than this (and at least a few) is learned by the few-shot route.</summary>
    public int FewShotBelow { get; private set; } = FewShotSettings.Default.Below;

    public string EmbeddingModel { get; private set; } = "";
    public (IReadOnlyList<(string Model, long Items)> ByModel, long Waiting) Embeddings { get; private set; } = ([], 0);

    [TempData]
    public string? Done { get; set; }

    /// <summary>The encoder whose vectors the active model's meaning head read (null: words alone).</summary>
    public string? ModelEncoder { get; private set; }

    public string ClassificationModel { get; private set; } = "";
    public (IReadOnlyList<(string Model, long Items)> ByModel, long Waiting) ClassificationEmbeddings { get; private set; } = ([], 0);

    /// <summary>Why the tuned encoder cannot be built (its patch missing or made for another package), or null.</summary>
    public string? ClassificationProblem { get; private set; }

    public async Task OnGetAsync([FromServices] ISentenceEmbedder embedder, [FromServices] EmbeddingStore embeddings,
        [FromServices] ClassificationEmbedder classifier, [FromServices] ClassificationEmbeddingStore classificationEmbeddings, CancellationToken ct)
    {
        (EmbeddingModel, Embeddings) = (embedder.ModelId, await embeddings.CountsAsync(embedder.ModelId, ct));
        try
        {
            ClassificationModel = classifier.ModelId;
            ClassificationEmbeddings = await classificationEmbeddings.CountsAsync(ClassificationModel, ct);
        }
        catch (InvalidDataException e)
        {
            ClassificationProblem = e.Message;
        }
        Active = await models.ActiveAsync(ct);
        Evaluation = ModelEvaluation.FromJson(Active?.Evaluation);
        StaffExamples = await HttpContext.RequestServices.GetRequiredService<ThemeStore>().StaffExampleCountsAsync(ct);
        if (Active is not null && await LoadedAsync(Active.Version, ct) is { } manifest)
        {
            if (manifest.Examples is { } counts && counts.Count == manifest.Labels.Count)
                LearnedFrom = manifest.Labels.Select((l, i) => (l, counts[i])).ToDictionary(x => x.l, x => x.Item2, StringComparer.Ordinal);
            FewShot = manifest.FewShot?.Themes.Select(t => t.Label).ToHashSet(StringComparer.Ordinal) ?? [];
            FewShotBelow = manifest.FewShot?.Below ?? FewShotBelow;
            ModelEncoder = manifest.Meaning?.EmbeddingModel;
        }
        History = await models.ListAsync(50, ct);
        Training = History.FirstOrDefault(m => m.Status == "training");
        if (Active is not null) Pending = await classifications.CountPendingAsync(Active.Version, ct);
    }

    /// <summary>The active model's manifest, as this node has it loaded; null when it cannot be read (the page still shows the rest).</summary>
    private async Task<ModelManifest?> LoadedAsync(string version, CancellationToken ct)
    {
        try
        {
            return (await HttpContext.RequestServices.GetRequiredService<ActiveModel>().GetAsync(version, ct))?.Manifest;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public async Task<IActionResult> OnPostRetrainAsync(CancellationToken ct)
    {
        var userId = User.UserId();
        jobs.Enqueue<TrainThemeModelJob>(j => j.RunAsync(TrainingReasons.Requested, userId, CancellationToken.None));
        await audit.AppendAsync(userId, User.Identity?.Name ?? "staff", "themes.retrain-requested", null, null,
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        Done = "Retraining has started. It usually takes a minute or two; the new model is made active only if it is not worse.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostActivateAsync(long id, CancellationToken ct)
    {
        // Handler methods cannot carry their own policy in Razor Pages, so the role is checked here.
        if (!User.IsInRole(Roles.Admin)) return Forbid();
        var model = await models.FindAsync(id, ct);
        if (model is null) return NotFound();
        if (!await models.ActivateAsync(id, $"Made active by {User.Identity?.Name ?? "an administrator"} on the Model page.", ct))
        {
            Done = $"Model {model.Version} cannot be made active: it has no trained model.";
            return RedirectToPage();
        }
        jobs.Enqueue<ReclassifyAllJob>(j => j.RunAsync(model.Version, CancellationToken.None));
        await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "admin", "themes.model-activated", model.Version, new { model.Id },
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        Done = $"Model {model.Version} is now active. Every item is being classified again in the background.";
        return RedirectToPage();
    }
}
