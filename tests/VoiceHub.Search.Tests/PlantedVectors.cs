namespace VoiceHub.Search.Tests;

/// <summary>Unit vectors of the embedder's 384 dimensions with chosen parts, so each cosine in a test is known exactly.</summary>
internal static class PlantedVectors
{
    /// <summary>The vector with the given values on the given axes (0 elsewhere), normalised.</summary>
    public static float[] Vector(params (int Axis, float Value)[] parts)
    {
        var v = new float[384];
        foreach (var (axis, value) in parts) v[axis] = value;
        return Normalised(v);
    }

    public static float[] Normalised(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }
}
