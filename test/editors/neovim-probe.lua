-- Headless check: diagnostics, hover and formatting arrive in Neovim. Writes $ARBEJDSEVNE_OUT.
local out = io.open(vim.env.ARBEJDSEVNE_OUT, 'w')
vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 200)
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  out:write(string.format('diagnostic %d:%d %s\n', d.lnum + 1, d.col + 1, tostring(code)))
end
local params = { textDocument = vim.lsp.util.make_text_document_params(), position = { line = 6, character = 5 } }
for _, r in pairs(vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 5000) or {}) do
  if r.result then out:write('hover ' .. vim.split(r.result.contents.value or '', '\n')[1] .. '\n') end
end
vim.api.nvim_buf_set_lines(0, 6, 7, false, { '  ydelse: kontanthjælp siden 2020-07-01' })
vim.lsp.buf.formatting_sync(nil, 5000)
out:write('formatted ' .. vim.api.nvim_buf_get_lines(0, 6, 7, false)[1] .. '\n')
out:close()
vim.cmd('qa!')
