# Pinpoint Transition — português (Brasil) (pt-BR).
# Como traduzir: docs/translating.md.

### Mensagens de problemas: os problemas e ocorrências da API, os relatórios da CLI, o aplicativo.


## A exportação do Pinpoint (SPEC §2)

issue-export_too_large = A exportação tem { $actual } { $actual ->
        [one] byte
       *[other] bytes
    }; o limite é { $limit } { $limit ->
        [one] byte
       *[other] bytes
    }.
issue-export_not_json = A exportação não é um JSON válido (linha { $line }, coluna { $column }): { $reason }.
issue-export_format_unknown = Formato de exportação desconhecido: “{ $found }”; o esperado é “{ $expected }”.
issue-export_field_missing = O campo obrigatório “{ $field }” está ausente.
issue-export_malformed = Este valor não tem a estrutura esperada: { $reason }.
issue-export_value_invalid = “{ $value }” não é válido aqui: o esperado é { $expected }.
issue-duplicate_id = O ID “{ $id }” já está em uso em { $first }.
issue-dangling_reference = “{ $id }” não corresponde a nada em { $target }.

## A solicitação de importação

issue-list_too_long = Esta lista tem { $actual } { $actual ->
        [one] item
       *[other] itens
    }; o limite é { $limit }.
issue-pinpoint_account_closed = Esta conta do Pinpoint está encerrada: ela já foi importada ou desativada e não pode ser importada novamente. Se você não esperava por isso, entre em contato com o Atendimento ao cliente regional.
issue-selection_empty = Selecione pelo menos um perfil de negócios do Pinpoint para importar.
issue-selection_profile_unknown = Sua conta do Pinpoint não tem o perfil de negócios “{ $id }”.
issue-selection_duplicate = O perfil do Pinpoint “{ $id }” foi selecionado duas vezes.
issue-region_selected_twice = Só é permitido um perfil de negócios por região: a região { $region } foi selecionada duas vezes.
issue-region_already_has_profile = Você já tem um perfil de negócios para { $region }. Para alterá-lo, entre em contato com o Atendimento ao cliente regional.
issue-location_unknown = Não há nenhum local “{ $id }” neste perfil.
issue-solution_source_unknown = “{ $id }” não é um perfil de aplicativo ou serviço deste perfil de negócios.
issue-solution_chosen_twice = A solução “{ $id }” aparece duas vezes na lista.
issue-location_solution_unknown = Um local só pode comercializar as soluções do próprio perfil; “{ $id }” não é uma delas.
issue-acknowledgement_required = Confirme que você anotou suas indicações de clientes e que a importação encerra sua conta do Pinpoint.

## Regras do perfil de negócios (SPEC §3)

issue-region_invalid = “{ $value }” não é um código de país ou região ISO 3166-1.
issue-name_empty = Insira um nome.
issue-name_too_long = O nome tem { $actual } { $actual ->
        [one] caractere
       *[other] caracteres
    }; o limite é { $limit }.
issue-description_too_long = A descrição tem { $actual } { $actual ->
        [one] caractere
       *[other] caracteres
    }; o limite é { $limit }.
issue-website_invalid = “{ $value }” não é um endereço da Web: insira um endereço completo que comece com https:// ou http://.
issue-linkedin_invalid = “{ $value }” não é uma página de empresa do LinkedIn: use https://www.linkedin.com/company/sua-empresa.
issue-logo_format_unsupported = O logotipo é um arquivo { $format }; carregue um substituto em GIF, JPG ou PNG, com no máximo { $limit } px de largura.
issue-logo_too_wide = O logotipo tem { $actual } px de largura; o limite é { $limit } px. Carregue um substituto em GIF, JPG ou PNG, com no máximo { $limit } px de largura.
issue-logo_taller_than_wide = O logotipo é mais alto ({ $height } px) do que largo ({ $width } px): um logotipo horizontal é exibido melhor.
issue-logo_url_invalid = “{ $value }” não é um endereço da Web válido para o logotipo.
issue-industry_unknown = “{ $value }” não é um setor do catálogo.
issue-industries_too_many = { $actual } { $actual ->
        [one] setor selecionado
       *[other] setores selecionados
    }; o limite é { $limit }.
issue-industry_dropped = “{ $value }” não é um setor do catálogo: esse valor não será importado.
issue-service_type_unknown = “{ $value }” não é um tipo de serviço do catálogo.
issue-product_unknown = “{ $value }” não é um produto Microsoft do catálogo.
issue-product_dropped = “{ $value }” não é um produto Microsoft: esse valor não será importado.
issue-tag_empty = Uma palavra-chave não pode ficar vazia.
issue-tag_too_long = A palavra-chave tem { $actual } { $actual ->
        [one] caractere
       *[other] caracteres
    }; o limite é { $limit }.
issue-tags_too_many = { $actual } { $actual ->
        [one] palavra-chave
       *[other] palavras-chave
    }; o limite é { $limit }.
issue-tag_duplicate = A palavra-chave “{ $value }” já está na lista (sem diferenciar maiúsculas e minúsculas).
issue-target_sizes_empty = Escolha pelo menos um porte de cliente.
issue-target_size_unknown = “{ $value }” não é um porte de cliente: use small (pequena), medium (média), large (grande) ou enterprise (corporação).
issue-locations_empty = Um perfil de negócios precisa ter pelo menos um local.
issue-locations_too_many = { $actual } { $actual ->
        [one] local
       *[other] locais
    }; um perfil de negócios pode ter no máximo { $limit }. Desmarque alguns.
issue-location_outside_region = Este local (país: { $country }) fica fora da região { $region } do perfil.
issue-location_address_duplicate = Este endereço é igual ao do local em { $first }.
issue-location_name_empty = Insira um nome para o local.
issue-location_name_too_long = O nome do local tem { $actual } { $actual ->
        [one] caractere
       *[other] caracteres
    }; o limite é { $limit }.
issue-address_incomplete = Informe { $field } do endereço.
issue-address_field_too_long = Este campo de endereço tem { $actual } { $actual ->
        [one] caractere
       *[other] caracteres
    }; o limite é { $limit }.
issue-country_invalid = “{ $value }” não é um código de país ISO 3166-1.
issue-email_invalid = “{ $value }” não é um endereço de email.
issue-phone_invalid = “{ $value }” não é um número de telefone.
issue-location_address_immutable = Não é possível alterar um endereço: exclua o local e adicione-o novamente.
issue-solution_name_empty = Insira um nome para a solução.
issue-solution_name_too_long = O nome da solução tem { $actual } { $actual ->
        [one] caractere
       *[other] caracteres
    }; o limite é { $limit }.
issue-solution_name_duplicate = Outra solução deste perfil já se chama “{ $value }” (sem diferenciar maiúsculas e minúsculas).
issue-solution_summary_too_long = O resumo tem { $actual } { $actual ->
        [one] caractere
       *[other] caracteres
    }; o limite é { $limit }.
issue-solution_description_too_long = A descrição da solução tem { $actual } { $actual ->
        [one] caractere
       *[other] caracteres
    }; o limite é { $limit }.
issue-solution_url_invalid = “{ $value }” não é um endereço da Web: insira um endereço completo que comece com https:// ou http://.
issue-solutions_import_only = As soluções só podem ser criadas pela importação do Pinpoint. Você ainda pode editar ou excluir as que foram importadas.
issue-solution_not_found = Não há nenhuma solução “{ $id }” neste perfil.
issue-csp_only = Somente parceiros inscritos no programa Provedor de Soluções na Nuvem podem criar um novo perfil de negócios; em vez disso, você pode importar do Pinpoint. Para obter ajuda, entre em contato com o Atendimento ao cliente regional.

## Problemas HTTP (API.md); o mesmo catálogo fornece os títulos deles

issue-validation_failed = Alguns valores violam as regras do perfil de negócios.
issue-role_required = Sua função permite apenas leitura. Peça ajuda a um administrador da conta ou entre em contato com o Atendimento ao cliente regional.
issue-idempotency_key_reused = Esta chave Idempotency-Key já foi usada em outra solicitação.
issue-idempotency_key_missing = O cabeçalho Idempotency-Key é obrigatório.
issue-idempotency_key_in_progress = Uma solicitação com esta chave Idempotency-Key ainda está em andamento; tente novamente em instantes.
issue-profile_busy = Este perfil de negócios está sendo alterado em outro lugar neste momento; nada foi alterado. Tente novamente em instantes.
issue-malformed_request = A solicitação está malformada em { $path }: { $reason }.
issue-payload_too_large = O corpo da solicitação excede { $limit } { $limit ->
        [one] byte
       *[other] bytes
    }.
issue-not_found = Não encontrado.
issue-unauthorized = Entre novamente: sua sessão não foi encontrada ou expirou.
issue-method_not_allowed = Este método não é permitido aqui.
issue-request_timeout = O servidor demorou demais para responder; tente novamente.
issue-request_body_timeout = O corpo da solicitação chegou lentamente demais; nada foi alterado. Tente novamente.
issue-rate_limited = Muitas alterações em pouco tempo; nada foi alterado. Tente novamente em { $retry_after } { $retry_after ->
        [one] segundo
       *[other] segundos
    }.
issue-overloaded = O serviço está sobrecarregado; nada foi alterado. Tente novamente em { $retry_after } { $retry_after ->
        [one] segundo
       *[other] segundos
    }.
issue-internal_error = Algo deu errado do nosso lado; nada foi alterado. Tente novamente.
issue-storage_unavailable = Nosso armazenamento está temporariamente indisponível; nada foi alterado. Tente novamente em alguns segundos.

### Termos compartilhados pela CLI e pelo aplicativo.

label-referrals_not_imported = { $count } { $count ->
        [one] indicação de cliente
       *[other] indicações de clientes
    }: as indicações nunca são importadas; baixe-as antes e depois da importação
label-reviews_not_imported = { $count } { $count ->
        [one] avaliação de cliente
       *[other] avaliações de cliente
    }: as avaliações não são transferidas, pois o recurso foi removido
label-dropped_product = produto “{ $value }” ({ $profile }): não é um produto Microsoft
label-dropped_industry = setor “{ $value }” ({ $profile }): não consta no catálogo
label-excluded_location = local “{ $name }” ({ $profile }): não incluído
label-excluded_solution = solução “{ $name }” ({ $profile }): não incluída
label-unselected_solution = solução “{ $name }” ({ $profile }): o perfil de negócios correspondente não será importado
label-unselected_profile = perfil de negócios “{ $name }” ({ $profile }): não selecionado
label-more_issues = e mais { $count } { $count ->
        [one] problema não listado aqui
       *[other] problemas não listados aqui
    }
label-address_line1 = a primeira linha
label-address_line2 = a segunda linha
label-address_city = a cidade
label-address_postal_code = o código postal
label-referral_new = Nova
label-referral_accepted = Aceita
label-referral_declined = Recusada
label-referral_won = Ganha
label-referral_lost = Perdida
label-referral_expired = Expirada

### Relatórios de texto da CLI do operador.

cli-account = { $company } (conta do Pinpoint { $account }, parceiro { $partner }): { $status }
cli-status_active = ativa
cli-status_closed = encerrada
cli-holdings = { $profiles } { $profiles ->
        [one] perfil de negócios
       *[other] perfis de negócios
    }, { $solutions } { $solutions ->
        [one] perfil de aplicativo ou serviço
       *[other] perfis de aplicativos ou serviços
    }, { $referrals } { $referrals ->
        [one] indicação de cliente
       *[other] indicações de clientes
    }, { $reviews } { $reviews ->
        [one] avaliação de cliente
       *[other] avaliações de cliente
    }
cli-error = erro
cli-warning = aviso
cli-no_issue = Nenhum problema.
cli-will_create = O que será criado:
cli-profile_line = { $region } — { $name }: { $locations } { $locations ->
        [one] local
       *[other] locais
    }, { $solutions } { $solutions ->
        [one] solução
       *[other] soluções
    }
cli-not_imported = O que não será importado:
cli-verdict_can_import = Resultado: a importação pode ser feita.
cli-verdict_blocked = Resultado: a importação não pode ser feita — corrija { $errors } { $errors ->
        [one] erro
       *[other] erros
    }.
cli-verdict_needs_acknowledgements = Resultado: nenhum erro; as duas confirmações ainda são necessárias.
cli-export_refused = A exportação { $file } foi recusada:
cli-check_valid = A exportação atende a todas as regras.
cli-check_invalid = A exportação viola { $errors } { $errors ->
        [one] regra
       *[other] regras
    }.

### O aplicativo e o widget.


## Estrutura do aplicativo

app-product_name = Partner Center
app-app_name = Pinpoint Transition
app-breadcrumb = Trilha de navegação
app-dashboard = Painel
app-account_settings = Configurações da conta
app-business_profile = Perfil de negócios
app-loading = Carregando…
app-saving = Salvando…
app-not_found_page = Esta página não existe.
app-back_to_profiles = Voltar aos perfis de negócios
app-signed_out = Entre pelo portal de parceiros para usar o Pinpoint Transition: é o portal que fornece a esta página o seu token de acesso.
app-sign_in_failed = Não foi possível entrar.
app-service_centre = Entre em contato com o Atendimento ao cliente regional
app-network_error = Não foi possível acessar o servidor. Verifique sua conexão e tente novamente; nada foi perdido.
app-unexpected_answer = O servidor retornou uma resposta inesperada ({ $status }).
app-read_only_reason = Sua função permite apenas leitura: um administrador da conta ou do perfil de negócios pode fazer essa alteração.
app-read_only_notice = Sua função permite apenas leitura: para importar e editar, é necessária uma função de administrador (da conta, do perfil de negócios, global ou de indicações).
app-none = Nenhum
app-optional = opcional
app-characters = { $count } / { $limit } { $limit ->
        [one] caractere
       *[other] caracteres
    }

## Demonstração

app-demo_banner = Modo de demonstração
app-demo_signed_in_as = Conectado como
app-demo_read_only = { $company } — usuário somente leitura

## Painel e configurações

app-welcome = Boas-vindas, { $company }
app-partner_id = ID do parceiro: { $id }
app-csp_member = Provedor de Soluções na Nuvem
app-dashboard_pinpoint_active = O Pinpoint foi desativado. Transfira a presença da sua empresa para os perfis de negócios do Partner Center.
app-dashboard_pinpoint_closed = Sua conta do Pinpoint está encerrada. Gerencie seus perfis de negócios no Partner Center.
app-dashboard_no_pinpoint = Você não tem uma conta do Pinpoint para importar.
app-go_to_business_profile = Ir para o perfil de negócios
app-settings_intro = Gerencie como sua organização aparece para os clientes.
app-business_profile_card_text = Perfis de negócios por país ou região, com seus locais e soluções.

## Perfil de negócios: guias

app-tab_profiles = Perfis
app-tab_referrals = Indicações de clientes
app-profiles_intro = Um perfil de negócios por país ou região. É por meio deles que os clientes encontram você.
app-import_from_pinpoint = Importar do Pinpoint
app-import_from_pinpoint_text = Copie seus perfis de negócios, aplicativos e serviços do Pinpoint para o Partner Center. Você poderá revisar tudo antes da importação.
app-create_profile = Criar um novo perfil de negócios
app-create_profile_text = Como parceiro de Provedor de Soluções na Nuvem, você também pode criar um perfil do zero.
app-pinpoint_closed_no_date = Sua conta do Pinpoint está encerrada.
app-see_import = Ver os resultados da importação
app-no_profiles = Você ainda não tem nenhum perfil de negócios.
app-profile_summary = { $locations } { $locations ->
        [one] local
       *[other] locais
    } · { $solutions } { $solutions ->
        [one] solução
       *[other] soluções
    }
app-region = País ou região
app-manage = Gerenciar
app-referrals_intro = As indicações de clientes são os leads de vendas que a Microsoft enviou a você pelo Pinpoint. Elas nunca são importadas e continuam disponíveis para download aqui, antes e depois da importação.
app-download_csv = Baixar CSV
app-download_json = Baixar JSON
app-no_referrals = Não há indicações de clientes.
app-referral_customer = Cliente
app-referral_need = Necessidade
app-referral_status = Status
app-referral_received = Recebida em
app-referral_value = Valor do negócio
app-referral_contact = Contato

## Assistente

app-wizard_title = Importar do Pinpoint
app-wizard_steps = Etapas da importação
app-step_of = Etapa { $n } de { $total }
app-step_account = Sua conta do Pinpoint
app-step_choose = Escolher perfis
app-step_edit = Editar perfis
app-step_solutions = Soluções
app-step_locations = Locais
app-step_preview = Revisar e importar
app-next = Avançar
app-back = Voltar
app-account_holds = Sua conta do Pinpoint contém:
app-business_profiles = Perfis de negócios
app-app_profiles = Perfis de aplicativos
app-service_profiles = Perfis de serviços
app-customer_referrals = Indicações de clientes
app-customer_reviews = Avaliações de cliente
app-account_intro = Os perfis de negócios se tornam perfis de negócios do Partner Center (um por país ou região), e os perfis de aplicativos ou serviços se tornam as soluções deles. As indicações de clientes e as avaliações de cliente não são importadas.
app-account_closed_stop = Esta conta do Pinpoint está encerrada e não pode ser importada novamente.
app-choose_intro = Escolha os perfis de negócios do Pinpoint que serão copiados. Você pode ter um perfil de negócios por país ou região.
app-import_this_profile = Importar “{ $name }” ({ $region })
app-profile_counts = { $locations } { $locations ->
        [one] local
       *[other] locais
    }, { $solutions } { $solutions ->
        [one] perfil de aplicativo ou serviço
       *[other] perfis de aplicativos ou serviços
    }
app-nothing_chosen = Escolha pelo menos um perfil para continuar.
app-profile_picker = Perfil
app-edit_intro = Edite cada perfil antes da importação. As regras do Partner Center são verificadas enquanto você digita.
app-solutions_intro = Os perfis de aplicativos ou serviços se tornam soluções do perfil de negócios. Escolha quais deles importar e edite-os.
app-locations_intro = Escolha os locais que serão importados (de 1 a { $limit }) e, para cada um, as soluções que serão comercializadas a partir dele.
app-preview_intro = Confira o que vai acontecer. Nada muda até você selecionar Importar.
app-issues_heading = Verificações do Partner Center
app-issues_count = { $errors } { $errors ->
        [one] erro
       *[other] erros
    }, { $warnings } { $warnings ->
        [one] aviso
       *[other] avisos
    }
app-no_issues = Nenhum problema encontrado.
app-go_to_field = Ir para o campo
app-error_prefix = Erro:
app-warning_prefix = Aviso:
app-include_solution = Importar “{ $name }”
app-solution_app = Aplicativo
app-solution_service = Serviço
app-import_location = Importar o local “{ $name }”
app-markets_heading = Soluções para comercializar a partir deste local
app-no_solutions_to_market = Nenhuma solução será importada para este perfil.
app-no_solutions = Este perfil não tem nenhum perfil de aplicativo ou serviço.
app-will_be_created = O que será criado
app-will_not_be_imported = O que não será importado
app-was_not_imported = O que não foi importado
app-referrals = Indicações de clientes ({ $count })
app-dropped_products = Produtos informados que não são produtos Microsoft
app-other_left_out = Outros itens deixados de fora
app-ack_referrals = Anotei ou baixei minhas indicações de clientes.
app-ack_closure = Entendo que a importação encerra minha conta do Pinpoint definitivamente.
app-closure_statement = A importação encerra sua conta do Pinpoint definitivamente: ela não poderá ser reaberta nem importada novamente. Tudo o que aparece acima é criado de uma só vez, ou nada é criado.
app-import_now = Importar e encerrar minha conta do Pinpoint
app-importing = Importando… Mantenha esta página aberta.
app-retry_import = Tentar importar novamente
app-import_refused = A importação foi recusada; suas edições foram mantidas.
app-profile_of = Perfil { $n } de { $total }: { $name }
app-reviewed = Revisado
app-blocked_errors = { $count ->
        [one] Para importar, corrija o erro indicado acima.
       *[other] Para importar, corrija os { $count } erros indicados acima.
    }
app-blocked_acks = Para importar, marque as duas confirmações acima.
app-discard_title = Descartar as alterações?
app-discard_text = Suas alterações nesta importação serão perdidas. Nada é importado, e sua conta do Pinpoint continua aberta.
app-discard = Descartar as alterações
app-show_issues = Mostrar a lista
app-hide_issues = Ocultar a lista
app-solutions = Soluções
app-locations = Locais
app-marketed_here = Comercializa: { $list }

## Campos do perfil

app-field_name = Nome da empresa
app-field_description = Descrição
app-field_website = Site
app-field_linkedin = Página da empresa no LinkedIn
app-field_logo = Logotipo
app-logo_none = Sem logotipo
app-add_logo = Adicionar um logotipo
app-remove_logo = Remover o logotipo
app-field_industries = Setores
app-field_products = Produtos Microsoft
app-field_service_types = Tipos de serviço
app-field_tags = Soluções, habilidades e recursos (palavras-chave)
app-tag_n = Palavra-chave { $n }
app-tags_count = { $count } de no máximo { $limit } { $limit ->
        [one] palavra-chave
       *[other] palavras-chave
    }
app-add_tag = Adicionar uma palavra-chave
app-remove_tag = Remover a palavra-chave { $n }
app-field_target_sizes = Porte dos clientes-alvo
app-field_endorsements = Permitir que os clientes endossem este perfil
app-section_info = Informações do parceiro
app-section_expertise = Competências
app-section_preferences = Preferências
app-field_solution_name = Nome da solução
app-field_summary = Resumo
app-field_solution_description = Descrição da solução
app-field_url = Endereço da Web
app-field_location_name = Nome do local
app-field_phone = Telefone
app-field_email = Email
app-field_line1 = Endereço (linha 1)
app-field_line2 = Endereço (linha 2)
app-field_city = Cidade
app-field_postal_code = Código postal
app-field_country = País
app-field_region = País ou região

## Página do perfil

app-profile_not_found = Este perfil de negócios não existe.
app-save_changes = Salvar alterações
app-saved = Salvo.
app-deleting = Excluindo…
app-reset_changes = Desfazer alterações
app-address_immutable = Não é possível editar um endereço: para transferir um local para outro endereço, exclua-o e adicione-o novamente.
app-locations_limit = Um perfil de negócios tem de 1 a { $limit } { $limit ->
        [one] local
       *[other] locais
    } (atualmente, { $count }).
app-add_location = Adicionar um local
app-new_location_n = Novo local { $n }
app-remove_new_location = Remover o novo local { $n }
app-correct_before_import = Corrija este local antes de importá-lo: depois da importação, o endereço dele não poderá mais ser alterado.
app-delete_location_named = Excluir o local “{ $name }”
app-save_location_named = Salvar o local “{ $name }”
app-delete_solution_named = Excluir a solução “{ $name }”
app-cancel = Cancelar
app-delete_action = Excluir
app-delete_location_title = Excluir o local “{ $name }”?
app-delete_location_text = O nome, o endereço, o número de telefone e o endereço de email do local, assim como as soluções comercializadas nele, serão removidos deste perfil de negócios. Essa ação não pode ser desfeita.
app-delete_solution_title = Excluir a solução “{ $name }”?
app-delete_solution_text = Ela será removida deste perfil de negócios e de todos os locais. Uma solução excluída nunca mais poderá ser adicionada: as soluções vêm somente da importação do Pinpoint.
app-save_solutions = Salvar as soluções de “{ $name }”
app-no_solutions_left = Este perfil não tem nenhuma solução.
app-imported_from = Importado do perfil do Pinpoint { $id }

## Novo perfil

app-new_profile_title = Criar um novo perfil de negócios
app-new_profile_intro = Um novo perfil começa sem soluções (elas vêm somente da importação do Pinpoint) e precisa ter pelo menos um local.
app-first_location = Primeiro local
app-create_action = Criar o perfil
app-creating = Criando…
app-csp_only_notice = Somente parceiros de Provedor de Soluções na Nuvem podem criar um novo perfil de negócios.

## Resultados

app-results_title = Importação concluída
app-results_intro = Importação realizada em { $date }. Sua conta do Pinpoint agora está encerrada.
app-results_created = Perfis de negócios criados
app-results_warnings = Observações
app-import_id = Importação { $id }
app-open_profile = Abrir “{ $name }”

### Nomes de catálogo: setores, tipos de serviço, portes de cliente.

industry-agriculture = Agricultura
industry-automotive = Automotivo
industry-education = Educação
industry-energy = Energia
industry-financial_services = Serviços financeiros
industry-government = Governo
industry-healthcare = Saúde
industry-hospitality = Hotelaria
industry-manufacturing = Manufatura
industry-media = Mídia
industry-nonprofit = Organizações sem fins lucrativos
industry-professional_services = Serviços profissionais
industry-retail = Varejo
industry-telecommunications = Telecomunicações
industry-transportation = Transporte
service-consulting = Consultoria
service-deployment = Implantação
service-development = Desenvolvimento
service-implementation = Implementação
service-integration = Integração
service-licensing = Licenciamento
service-managed_services = Serviços gerenciados
service-migration = Migração
service-support = Suporte
service-training = Treinamento
size-small = Pequena (de 1 a 50 funcionários)
size-medium = Média (de 51 a 1.000 funcionários)
size-large = Grande (de 1.001 a 10.000 funcionários)
size-enterprise = Corporação (mais de 10.000 funcionários)

### Outras saídas da CLI do operador.

cli-error_line = erro: { $error }
cli-ingested = { $files } { $files ->
        [one] arquivo processado
       *[other] arquivos processados
    } — contas criadas: { $created }; atualizadas: { $updated }; ignoradas por já terem sido importadas: { $closed }; ignoradas por conflito de ID: { $conflicts }. Arquivos recusados: { $refused }.
cli-ingest_refused = { $file }: recusado, nada foi carregado:
cli-ingest_created = { $file }: conta { $account } criada
cli-ingest_updated = { $file }: conta { $account } atualizada
cli-ingest_skipped_closed = { $file }: conta { $account } ignorada: já importada (encerrada)
cli-ingest_skipped_conflict = { $file }: conta { $account } ignorada: o ID do parceiro ou da conta pertence a outra conta
cli-backup_written = Backup gravado em { $path } ({ $bytes } { $bytes ->
        [one] byte
       *[other] bytes
    }).
cli-no_account = erro: nenhuma conta do Pinpoint para o parceiro { $partner }
cli-stored_export_unparsable = erro: não é possível analisar a exportação armazenada: { $error }

### O download das indicações de clientes (cabeçalhos das colunas do CSV).

referrals-id = ID da indicação
referrals-business_profile_id = ID do perfil de negócios
referrals-customer_name = Cliente
referrals-contact_name = Nome do contato
referrals-contact_email = Email do contato
referrals-contact_phone = Telefone do contato
referrals-need = Necessidade
referrals-status = Status
referrals-received_on = Recebida em
referrals-deal_amount = Valor do negócio
referrals-deal_currency = Moeda

### O seletor de idioma e a lista de países ou regiões.

app-language = Idioma
app-region_search = Pesquisar países ou regiões
app-region_none = Nenhum país ou região corresponde a “{ $text }”.

## Results and embedding (issue 22)

app-results_success = { $count ->
        [one] Seu perfil de negócios foi criado a partir da sua conta do Pinpoint.
       *[other] Seus { $count } perfis de negócios foram criados a partir da sua conta do Pinpoint.
    }
app-results_locations = { $count } { $count ->
        [one] local
       *[other] locais
    }
app-results_solutions = { $count } { $count ->
        [one] solução
       *[other] soluções
    }
app-results_next_title = Próximas etapas
app-results_search_delay = A pesquisa do Partner Center pode levar até 24 horas para mostrar novos perfis de negócios: até lá, os clientes talvez não encontrem os seus. Enquanto isso, você já pode gerenciá-los aqui.
app-results_referrals_text = { $count ->
        [one] Sua indicação de cliente não foi importada: ela continua na sua conta do Pinpoint. Baixe-a para guardar uma cópia.
       *[other] Suas { $count } indicações de clientes não foram importadas: elas continuam na sua conta do Pinpoint. Baixe-as para guardar uma cópia.
    }
app-support_import_id = ID da importação (para o suporte)
app-copy_action = Copiar
app-copy_done = ID da importação copiado.
app-copy_refused = Seu navegador não permitiu copiar. O ID da importação está selecionado: pressione Ctrl+C (⌘+C no Mac) para copiá-lo.
app-profiles_closed = Sua conta do Pinpoint está encerrada: não há nada para importar.
app-profiles_imported = Sua conta do Pinpoint foi importada para os perfis de negócios abaixo e agora está encerrada.
app-read_only_preview = Sua função permite somente leitura: você pode ver a visualização da importação, mas não importar.
app-preview_import = Abrir a visualização
## Lists (issue 22)

app-list_details = Detalhes
app-list_errors = { $count } { $count ->
        [one] erro
       *[other] erros
    }
app-list_solutions = Soluções: { $solutions }
app-list_left_out = Não será importado
app-multi_remove = Remover { $value }
app-multi_added = Item adicionado: { $value }
app-multi_removed = Item removido: { $value }
app-multi_none = Nada corresponde a “{ $text }”.
app-multi_search = Digite para pesquisar
app-multi_hint = Digite para filtrar a lista; depois, escolha um item com as teclas de seta e adicione-o com Enter. Backspace no campo vazio remove o último.
## Logo (issue 22)

issue-logo_unreadable = Este arquivo não é uma imagem legível; carregue um GIF, JPG ou PNG com no máximo { $limit } px de largura.
issue-logo_upload_unknown = O logotipo carregado “{ $id }” não é um dos seus; carregue o logotipo novamente.
issue-logo_uploads_full = Você já tem { $limit } logotipos carregados, cada um usado por um perfil de negócios; nada foi carregado.
app-logo_replace = Substituir o logotipo
app-logo_choose = Escolha uma imagem GIF, JPG ou PNG com no máximo 300 px de largura
app-logo_uploading = Carregando o logotipo…
app-logo_facts = { $format }, { $width } × { $height } px
app-logo_unavailable = O logotipo em { $url } não pode ser exibido aqui; o formato e o tamanho vêm da sua exportação do Pinpoint.
app-logo_alt = Seu logotipo

## Issue 23 — receipt

receipt-title = Comprovante de importação
receipt-partner = Parceiro
receipt-account = Conta do Pinpoint
receipt-import_id = ID da importação
receipt-imported_at = Importado em (UTC)
receipt-prepared_by = Preparado por
receipt-approved_by = Aprovado por
receipt-no_approval = Não foi solicitada a aprovação de um segundo administrador.
receipt-plan_digest = Resumo criptográfico do plano revisado
receipt-no_plan_digest = Esta importação foi feita antes de os planos terem um resumo criptográfico.
receipt-created = Perfis de negócios criados
receipt-locations = Locais
receipt-solutions = Soluções
receipt-not_imported = Não importado
receipt-sha256 = SHA-256 deste comprovante
receipt-how_to_check = Este valor é o SHA-256 do JSON do comprovante (GET /api/v1/imports/{ $id }/receipt) na forma canônica: chaves ordenadas, sem espaços. Calcule-o novamente para verificar se esta página corresponde.
receipt-print = Imprimir
app-receipt_intro = Guarde este comprovante: ele registra o que foi transferido, quem o preparou e o que não foi importado. O SHA-256 o identifica.
app-receipt_download_page = Baixar o comprovante para impressão (HTML)
app-receipt_download_json = Baixar o comprovante (JSON)
app-receipt_preparing = Preparando o comprovante…

## Issue 23 — people

app-demo_person = { $company } — { $person }
app-signed_in_person = Conectado como { $person }
## Issue 23 — plan digest

issue-plan_changed = O que você está importando mudou desde que você revisou a visualização (uma exportação do Pinpoint mais recente, seus perfis de negócios ou as regras de importação); nada foi importado. Revise a nova visualização e depois importe.
issue-plan_digest_required = Envie em If-Match o resumo do plano da visualização que você revisou: abra a visualização e depois importe.
app-digest_checking = Verificando o que será importado…
app-digest_blocked = A importação ficará disponível depois que o que será importado for verificado.
app-digest_failed = Não foi possível verificar o que será importado.
app-drift_title = O que você está importando mudou desde que você revisou
app-drift_intro = Nada foi importado. Estas alterações estão agora na visualização:
app-drift_none = A visualização parece igual, mas seus perfis de negócios ou as regras de importação mudaram desde que você a revisou.
app-drift_review = Revisar novamente
app-drift_added = { $name } ({ $region }) agora será criado.
app-drift_removed = { $name } ({ $region }) não será mais criado.
app-drift_details = { $name }: os detalhes mudaram.
app-drift_solutions = Soluções de { $name }: { $before } antes, { $after } agora.
app-drift_locations = Locais de { $name }: { $before } antes, { $after } agora.
app-drift_not_imported = O que não será importado mudou.
app-drift_errors = A visualização agora tem erros que você precisa corrigir antes de importar.
## Issue 23 — drafts

issue-draft_changed = Este rascunho foi salvo nesse meio-tempo em outra guia ou em outro dispositivo; carregue o rascunho mais recente ou salve o seu no lugar dele de forma consciente.
app-draft_saved_at = Salvo às { $time }
app-draft_saving = Salvando…
app-draft_not_saved = Não salvo.
app-draft_retry = Tentar novamente
app-draft_waiting = Ainda não salvo: muitos salvamentos em pouco tempo. Nova tentativa em { $seconds } s.
app-draft_conflict_title = Este rascunho foi alterado em outro lugar
app-draft_conflict_text = { $name } salvou este rascunho às { $time } em outra guia ou em outro dispositivo.
app-draft_load_newer = Carregar o rascunho mais recente
app-draft_keep_mine = Manter o meu
app-draft_for_old_export = Seu rascunho salvo era de uma versão anterior da sua exportação do Pinpoint, por isso foi descartado: a importação recomeça a partir da sua exportação atual.
## Issue 23 — a second admin's approval

issue-approval_required = Suas importações precisam de um segundo administrador: envie esta importação para aprovação, e outro administrador da sua conta a aprovará.
issue-approval_self = Você enviou esta importação, então outro administrador da sua conta a aprova ou a devolve. Você pode retirá-la.
issue-approval_not_submitter = Somente o administrador que enviou esta importação pode retirá-la. Você pode aprová-la ou devolvê-la com um comentário.
issue-draft_submitted = Esta importação aguarda a aprovação de um segundo administrador e não pode ser alterada agora. O administrador que a enviou pode retirá-la.
issue-not_submitted = Nenhuma importação aguarda aprovação: nesse meio-tempo ela foi aprovada, devolvida ou retirada.
issue-submission_changed = O que seria importado mudou desde que esta importação foi enviada (uma exportação do Pinpoint mais recente, seus perfis de negócios ou as regras de importação); nada foi importado. Devolva-a para que seja revisada e enviada novamente.
issue-settings_role_required = Somente um administrador da conta ou um administrador global pode alterar esta configuração.
issue-comment_empty = Escreva um comentário para o administrador que enviou a importação.
issue-comment_too_long = O comentário pode ter no máximo { $max } caracteres.
issue-comment_invalid = O comentário contém caracteres de controle, que não podem ser mantidos. Remova-os.
issue-text_control_character = Este campo não pode conter caracteres de controle, como NUL. Remova-os.
issue-unsupported_media_type = O corpo da solicitação deve ser JSON enviado com o cabeçalho Content-Type: application/json.

app-submit_for_approval = Enviar para aprovação
app-submitting = Enviando… mantenha esta página aberta.
app-approval_note = Outro administrador da sua conta revisa esta importação e a aprova. Até lá, nada é importado.
app-submission_title = Uma importação aguarda sua aprovação
app-submission_own_title = Aguardando a aprovação de um segundo administrador
app-submitted_by = { $name } enviou esta importação em { $date } às { $time }.
app-submission_own_note = Outro administrador da sua conta a aprova ou a devolve para você. Até lá, ela não pode ser alterada, mas você pode retirá-la.
app-submission_other_note = Isto é o que será importado, verificado novamente com sua exportação do Pinpoint e seus perfis de negócios como estão agora. Aprove para importar, ou devolva com um comentário.
app-withdraw = Retirar
app-approve = Aprovar e importar
app-approve_title = Aprovar e importar?
app-approve_text = A importação é feita agora: preparada por { $name }, aprovada por você. Sua conta do Pinpoint será então desativada, e isso não pode ser desfeito.
app-return_title = Devolver com um comentário
app-return_comment = Comentário para { $name }
app-return_button = Devolver
app-returned_by = { $name } devolveu esta importação em { $date } às { $time }, com este comentário:
app-returned_next = Faça as alterações e envie-a novamente para aprovação.
app-working = Enviando…
app-preview_intro_approval = Confira o que vai acontecer. Nada muda até você enviar a importação e outro administrador da sua conta aprová-la.
app-results_approval = Preparada por { $prepared } e aprovada por { $approved }.
app-approval_setting_title = Importações do Pinpoint
app-approval_setting_label = As importações precisam de um segundo administrador
app-approval_setting_help = Um administrador prepara a importação e a envia; outro administrador da sua conta a aprova antes que qualquer coisa seja importada.
app-approval_setting_locked = Somente um administrador da conta ou um administrador global pode alterar esta configuração.
