;; Arbejdsevne: .aev-filer får sprogserveren `arbejdsevne lsp`.
(define-derived-mode arbejdsevne-mode prog-mode "Arbejdsevne"
  "Tilstand til arbejdsevnebeskrivelser (.aev)."
  (setq-local comment-start "// ")
  (setq-local indent-tabs-mode nil)
  (setq-local tab-width 4))
(add-to-list 'auto-mode-alist '("\\.aev\\'" . arbejdsevne-mode))
(require 'eglot)
(add-to-list 'eglot-server-programs '(arbejdsevne-mode . ("arbejdsevne" "lsp")))
(add-hook 'arbejdsevne-mode-hook #'eglot-ensure)
