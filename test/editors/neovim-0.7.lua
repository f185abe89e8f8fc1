-- Arbejdsevne: .aev-filer får sprogserveren `arbejdsevne lsp`.
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, { pattern = '*.aev', command = 'setfiletype arbejdsevne' })
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'arbejdsevne',
  callback = function(args)
    if not vim.g.arbejdsevne_lsp then
      vim.g.arbejdsevne_lsp = vim.lsp.start_client({ name = 'arbejdsevne', cmd = { 'arbejdsevne', 'lsp' }, root_dir = vim.fn.getcwd() })
    end
    vim.lsp.buf_attach_client(args.buf, vim.g.arbejdsevne_lsp)
    vim.bo[args.buf].expandtab = true
    vim.bo[args.buf].shiftwidth = 4
  end,
})
