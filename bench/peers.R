# The public-health peers of `voicehub emerging evaluate --peers`, on the very streams VoiceHub was measured on.
#
#   Rscript bench/peers.R streams.csv peers-out.csv FIRST_WEEK ALPHAS
#
# streams.csv: stream,week,count (weeks 1-based, every week of every stream). FIRST_WEEK: the first week judged (the
# weeks before are history only). ALPHAS: comma-separated false-alarm probabilities for EARS (e.g. 0.001,0.005,0.01).
# Writes peers-out.csv: method,alpha,stream,week,value. For EARS C1, C2 and C3 (surveillance::earsC, 7-week baseline)
# one row per alarm at each alpha (value 1). For the Farrington flexible method (surveillance::farringtonFlexible,
# Noufaily et al. 2013 settings: one year back, windows of 3 weeks, reweighting at 2.58, trend at p < 0.05, no
# seasonal factor) one row per judged week with its p-value (value) and alpha NA: the caller thresholds it at any alpha,
# which is how its false-alarm rate is matched. The rows go to peers-out.csv.partial, renamed to peers-out.csv only when
# every stream is done, so a run stopped halfway never leaves a peers-out.csv that looks finished.
suppressMessages(library(surveillance))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 4) stop("usage: Rscript peers.R streams.csv peers-out.csv FIRST_WEEK ALPHAS")
streams <- read.csv(args[1])
first <- as.integer(args[3])
alphas <- as.numeric(strsplit(args[4], ",")[[1]])
partial <- paste0(args[2], ".partial")
out <- file(partial, "w")
writeLines("method,alpha,stream,week,value", out)
ids <- sort(unique(streams$stream))
started <- Sys.time()
for (id in ids) {
  y <- streams$count[streams$stream == id][order(streams$week[streams$stream == id])]
  s <- sts(observed = matrix(y, ncol = 1), start = c(2000, 1), frequency = 52)
  range <- first:length(y)
  for (m in c("C1", "C2", "C3")) {
    for (a in alphas) {
      e <- earsC(s, control = list(range = range, method = m, alpha = a, baseline = 7))
      hit <- which(alarms(e)[, 1] == 1)
      if (length(hit) > 0) writeLines(sprintf("ears-%s,%g,%d,%d,1", tolower(m), a, id, range[hit]), out)
    }
  }
  f <- farringtonFlexible(s, control = list(range = range, b = 1, w = 3, alpha = 0.005, noPeriods = 1,
    populationOffset = FALSE, weightsThreshold = 2.58, pastWeeksNotIncluded = 0, pThresholdTrend = 0.05,
    thresholdMethod = "delta", limit54 = c(0, 4)))
  p <- control(f)$pvalue[, 1]
  writeLines(sprintf("farrington,NA,%d,%d,%.6g", id, range, ifelse(is.na(p), 1, p)), out)
}
close(out)
if (!file.rename(partial, args[2])) stop("could not rename ", partial, " to ", args[2])
message(sprintf("peers.R: %d streams in %.0f s", length(ids), as.numeric(Sys.time() - started, units = "secs")))
