-- wrk: POST documents to /v1/render. VANBAN_DOCUMENTS names them, separated by ':', sent in turn
-- (one document: the same body each time).
local bodies = {}
for path in string.gmatch(os.getenv("VANBAN_DOCUMENTS"), "[^:]+") do
    local file = assert(io.open(path, "rb"))
    bodies[#bodies + 1] = file:read("*a")
    file:close()
end

local next_body = 0

function request()
    next_body = next_body % #bodies + 1
    return wrk.format("POST", nil, { ["Content-Type"] = "application/yaml" }, bodies[next_body])
end
