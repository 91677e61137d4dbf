-- wrk script of scripts/load-bench.sh. Environment:
--   LOAD_TOKEN  bearer token (GET scenarios)
--   LOAD_PATHS  file of request paths, one a line; each request takes a random one
--   LOAD_MODE   "get" (default) or "intake": POST /api/orders, a shipping order with a unique Idempotency-Key
--               and tracking number per request; LOAD_PATHS then holds customer tokens, one a line
--   LOAD_RUN    a run id, prefix of every key and tracking number (to count the rows a run created)
-- done() prints one parseable line: RESULT rps=.. p50=.. p95=.. p99=.. (ms) requests=.. non2xx=.. errors=..
local threads = {}
local counter = 0

function setup(thread)
    thread:set("tid", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    mode = os.getenv("LOAD_MODE") or "get"
    token = os.getenv("LOAD_TOKEN")
    run = os.getenv("LOAD_RUN") or "run"
    lines = {}
    for line in io.lines(os.getenv("LOAD_PATHS")) do
        if #line > 0 then lines[#lines + 1] = line end
    end
    math.randomseed(os.time() * 100 + tid)
end

function request()
    if mode == "intake" then
        counter = counter + 1
        local key = run .. "-" .. tid .. "-" .. counter
        local body = '{"items":[{"trackingNumber":"' .. key .. '","description":"Quần áo","quantity":2,"declaredValueCny":150}]}'
        return wrk.format("POST", "/api/orders", {
            ["Authorization"] = "Bearer " .. lines[math.random(#lines)],
            ["Content-Type"] = "application/json",
            ["Idempotency-Key"] = key,
        }, body)
    end
    local headers = {}
    if token and #token > 0 then headers["Authorization"] = "Bearer " .. token end
    return wrk.format("GET", lines[math.random(#lines)], headers)
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT rps=%.1f p50=%.1f p95=%.1f p99=%.1f requests=%d non2xx=%d errors=%d\n",
        summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000, summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
