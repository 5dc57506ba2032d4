<?php

return [
    'services' => [
        '{{snake}}' => '{{VALUE|sq}}',
        'timeout' => 30,
    ],
];
