# The ranger peer of bench/forest.sh (r-cran-ranger, under Rscript):
#     Rscript bench/forest_peer.R DIR NAME SEED THREADS
# fits 100 trees (ranger's defaults otherwise: mtry = floor(sqrt(F)), bootstrap, fully grown)
# on DIR/NAME_train.f32, predicts DIR/NAME_test.f32 and prints one line, as the other peers:
#     fit_s predict_s accuracy model_bytes peak_rss_kb
# (model bytes: serialize() of the fitted object; peak RSS: VmHWM of the R process).
args <- commandArgs(TRUE)
read_f32 <- function(path) {
  con <- file(path, "rb")
  h <- readBin(con, "integer", 2, size = 4, endian = "little")
  X <- matrix(readBin(con, "numeric", h[1] * h[2], size = 4, endian = "little"), nrow = h[1], byrow = TRUE)
  y <- readBin(con, "numeric", h[1], size = 4, endian = "little")
  close(con)
  colnames(X) <- paste0("x", seq_len(ncol(X)))
  list(X = X, y = y)
}
suppressMessages(library(ranger))
tr <- read_f32(file.path(args[1], paste0(args[2], "_train.f32")))
te <- read_f32(file.path(args[1], paste0(args[2], "_test.f32")))
seed <- as.integer(args[3])
threads <- as.integer(args[4])
t0 <- Sys.time()
m <- ranger(x = tr$X, y = factor(tr$y), num.trees = 100, num.threads = threads, seed = seed, verbose = FALSE)
t1 <- Sys.time()
p <- predict(m, data = te$X, num.threads = threads, verbose = FALSE)$predictions
t2 <- Sys.time()
acc <- mean(as.numeric(as.character(p)) == te$y)
size <- length(serialize(m, NULL))
hwm <- grep("^VmHWM", readLines("/proc/self/status"), value = TRUE)
rss <- as.numeric(gsub("[^0-9]", "", hwm))
cat(sprintf("%.4f %.4f %.6f %.0f %.0f\n", as.numeric(t1 - t0, units = "secs"), as.numeric(t2 - t1, units = "secs"), acc, size, rss))
