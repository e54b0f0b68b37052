-- wrk script of bench/http_json.py: GET /v1/platform/users/{id} of a random hot user
-- (u-0000000 .. u-<hot-1>, as bench/common.py seeds them), with the tenant header, and a
-- JSON line of the summary at the end. Arguments: tenant, hot-set size.
local tenant, hot = "bench-ws", 1000

function init(args)
  tenant = args[1] or tenant
  hot = tonumber(args[2] or hot)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  local path = string.format("/v1/platform/users/u-%07d", math.random(0, hot - 1))
  return wrk.format("GET", path, { ["x-tenant-id"] = tenant })
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    '{"rps": %f, "count": %d, "errors": %d, "p50_ms": %f, "p95_ms": %f, "p99_ms": %f, "mean_ms": %f}\n',
    summary.requests / (summary.duration / 1e6), summary.requests, errors,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.mean / 1000))
end
